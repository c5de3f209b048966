/** Starts test/helpers/serve-cms.js as a child process on the current test database. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface SecondInstance {
  baseUrl: string;
  stop(): Promise<void>;
}

export function startSecondInstance(env: Record<string, string> = {}): Promise<SecondInstance> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'serve-cms.js')], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.removeAllListeners('exit');
      child.kill('SIGKILL');
      reject(new Error(`second instance did not start:\n${output}`));
    }, 120_000);
    child.stderr!.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => {
      clearTimeout(timer); // else a process that failed to start keeps the test file alive for two minutes
      reject(new Error(`second instance exited with ${code}:\n${output}`));
    });
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /LISTENING (\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        baseUrl: `http://127.0.0.1:${match[1]}`,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      });
    });
  });
}
