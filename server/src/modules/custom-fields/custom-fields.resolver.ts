import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { FieldDefinition, FieldDefinitionChanges, FieldDefinitionInput, FieldEntity } from './custom-field.model.js';
import { CustomFieldsService } from './custom-fields.service.js';

@Resolver(() => FieldDefinition)
export class CustomFieldsResolver {
  constructor(private readonly service: CustomFieldsService) {}

  @Query(() => [FieldDefinition], { description: 'Custom fields of people or organizations: with regionId, those a record in that region has.' })
  fieldDefinitions(
    @CurrentViewer() viewer: Viewer,
    @Args('entity', { type: () => FieldEntity }) entity: FieldEntity,
    @Args('regionId', { type: () => ID, nullable: true }) regionId?: string | null,
  ): Promise<FieldDefinition[]> {
    return this.service.list(viewer, entity, regionId);
  }

  @Mutation(() => FieldDefinition, { description: 'Admins. A coalition-wide field (no regionId) needs an admin of all regions.' })
  defineField(@CurrentViewer() viewer: Viewer, @Args('input') input: FieldDefinitionInput): Promise<FieldDefinition> {
    return this.service.define(viewer, input);
  }

  @Mutation(() => FieldDefinition, { description: 'Admins: a new label or choices (values no longer among the choices stay on records).' })
  changeField(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('changes') changes: FieldDefinitionChanges,
  ): Promise<FieldDefinition> {
    return this.service.change(viewer, id, version, changes);
  }

  @Mutation(() => ID, { description: 'Admins. Records keep their values, hidden until a field with the same key is defined again.' })
  removeField(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.remove(viewer, id);
  }
}
