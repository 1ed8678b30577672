import type { KeyObject } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/**
 * The thread's whole program, plain JavaScript evaluated as it is: it runs the same from the built
 * API and from the TypeScript sources under jest, which a module file of its own would not.
 */
const THREAD_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { sign } = require('node:crypto');
let privateKey;
parentPort.on('message', (batch) => {
  if (batch.privateKey) privateKey = batch.privateKey;
  parentPort.postMessage(batch.inputs.map((input) => sign(null, Buffer.from(input), privateKey).toString('base64url')));
});`;

/** A thread, the batches it has not answered yet, and the key it holds (sent once: copying a key to the thread costs more than signing). */
interface Thread {
  worker: Worker;
  inFlight: Batch[];
  privateKey: KeyObject | null;
}

interface Batch {
  resolve: (signatures: string[]) => void;
  reject: (error: Error) => void;
}

/**
 * Ed25519 signatures made on a thread of their own. Signing is the largest single cost of a bank
 * check; here it runs beside the handling of the next requests instead of inside it. The thread
 * answers batches in the order they were sent. If it dies, the batches in flight fail and the next
 * batch starts a new thread.
 */
export class Ed25519SigningThread {
  private thread: Thread | null = null;

  /** One base64url signature per input, in order. */
  sign(privateKey: KeyObject, inputs: string[]): Promise<string[]> {
    const thread = this.thread ?? this.start();
    return new Promise((resolve, reject) => {
      thread.inFlight.push({ resolve, reject });
      thread.worker.postMessage(thread.privateKey === privateKey ? { inputs } : { privateKey, inputs });
      thread.privateKey = privateKey;
    });
  }

  async close(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    await thread?.worker.terminate();
  }

  private start(): Thread {
    const thread: Thread = { worker: new Worker(THREAD_SOURCE, { eval: true }), inFlight: [], privateKey: null };
    // The thread never keeps the process alive: the API's server and its close() decide that.
    thread.worker.unref();
    thread.worker.on('message', (signatures: string[]) => thread.inFlight.shift()?.resolve(signatures));
    const fail = (error: Error) => {
      if (this.thread === thread) this.thread = null;
      for (const batch of thread.inFlight.splice(0)) batch.reject(error);
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => fail(new Error(`the signing thread stopped (exit code ${code})`)));
    this.thread = thread;
    return thread;
  }
}
