import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, SetMetadata, type Type, applyDecorators } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { Args, GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { RequestContext, Viewer } from '../../common/viewer.js';
import { IdempotencyService, IDEMPOTENCY_KEY_TTL_HOURS } from './idempotency.service.js';

interface IdempotentCreate {
  readonly service: Type<unknown>;
  readonly load: (service: never, viewer: Viewer, id: string) => Promise<unknown>;
}

const IDEMPOTENT = 'coalition:idempotent-create';

/**
 * Marks a create mutation as idempotent and gives it an optional `idempotencyKey: String` argument.
 *
 * The key is an argument rather than a field of each input: it is about the request, not the record (it is
 * never stored on it or validated with it), it reads the same on every create including those without an
 * input type, and the DTOs stay the record's fields. A retry with the same key by the same account answers
 * `load(service, viewer, id of the record made the first time)`; the create's repository keeps the key in its
 * transaction (keepIdempotencyKey).
 */
export function Idempotent<S>(service: Type<S>, load: (service: S, viewer: Viewer, id: string) => Promise<unknown>): MethodDecorator {
  return applyDecorators(SetMetadata(IDEMPOTENT, { service, load } as IdempotentCreate), (target: object, key: string | symbol) => {
    // The argument is declared after the method's own parameters; the interceptor reads it, the method never does.
    const declared = Reflect.getMetadata('design:paramtypes', target, key) as unknown[] | undefined;
    const index = declared?.length ?? (target as Record<string | symbol, (...args: unknown[]) => unknown>)[key].length;
    Args('idempotencyKey', {
      type: () => String,
      nullable: true,
      description: `Makes retrying safe: the same key again (same account, same arguments, within ${IDEMPOTENCY_KEY_TTL_HOURS} h) answers the record made the first time instead of creating another. One new key per submission (a UUID).`,
    })(target, key, index);
  });
}

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
    private readonly idempotency: IdempotencyService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<IdempotentCreate | undefined>(IDEMPOTENT, context.getHandler());
    if (!spec || context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const { idempotencyKey, ...args } = gql.getArgs<Record<string, unknown>>();
    const viewer = gql.getContext<RequestContext>().viewer;
    if (typeof idempotencyKey !== 'string' || !viewer) return next.handle();
    const service = this.moduleRef.get(spec.service, { strict: false });
    return from(
      this.idempotency.once(
        { viewer, key: idempotencyKey, operation: context.getHandler().name, args },
        // next.handle() is called inside once(), so the create runs where keepIdempotencyKey finds the key.
        () => lastValueFrom(next.handle()),
        (id) => spec.load(service as never, viewer, id),
      ),
    );
  }
}
