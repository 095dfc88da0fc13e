// The page's path worker.
import { pageWorkerPort } from '../workers/workerLink';
import { servePathRequests } from './pathsWorkerServer';

servePathRequests(pageWorkerPort());
