declare namespace App {
  interface Locals {
    /** Set by src/middleware.ts for every page: see context/pageLocals.ts. */
    page: import('./context/pageLocals.ts').PageLocals;
  }
}
