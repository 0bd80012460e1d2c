/**
 * Creates an admin account from a shell, for a fresh installation without the demo data:
 *   npm run create-admin -- --email you@example.org --name "Your Name"
 * The password is read from ADMIN_PASSWORD, or asked for on the terminal (not echoed).
 * Stop the app first when it runs on the embedded engine: only one process can open its data.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { NestFactory } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppModule } from '../app.module.js';
import { AppError } from '../common/app-error.js';
import { Role } from '../common/viewer.js';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { AccountsService } from '../modules/accounts/accounts.service.js';
import { CreateAccountInput } from '../modules/accounts/dto/create-account.input.js';

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.includes(question)) write.call(rl, s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email || !values.name) {
    console.error('Usage: npm run create-admin -- --email you@example.org --name "Your Name"   (password from ADMIN_PASSWORD or the prompt)');
    return 2;
  }
  let password = process.env.ADMIN_PASSWORD;
  if (!password) {
    if (!process.stdin.isTTY) {
      console.error('Set ADMIN_PASSWORD, or run this in a terminal to be asked for the password.');
      return 2;
    }
    password = await askHidden('Password for the new admin (at least 12 characters): ');
  }
  const input = plainToInstance(CreateAccountInput, { email: values.email, displayName: values.name, password, role: Role.ADMIN, allRegions: true });
  const problems = validateSync(input).flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
  if (problems.length) {
    console.error(problems.join('\n'));
    return 1;
  }
  const config = loadConfig({ ...process.env, DEMO_DATA: 'false' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  try {
    const account = await app.get(AccountsService).create(null, input);
    console.log(`Created admin account ${account.email}. Sign in at http://localhost:${config.PORT}/.`);
    return 0;
  } catch (e) {
    if (e instanceof AppError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof ConfigError ? e.message : `Could not create the admin: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
