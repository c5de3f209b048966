export * as z from 'zod/mini';
