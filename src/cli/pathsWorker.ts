// The command's path worker thread.
import { servePathRequests } from '../lib/metrics/pathsWorkerServer';
import { nodeWorkerPort } from './nodeWorkerPort';

servePathRequests(nodeWorkerPort());
