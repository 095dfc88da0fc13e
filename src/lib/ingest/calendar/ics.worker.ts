// The page's .ics parsing worker.
import { pageWorkerPort } from '../../workers/workerLink';
import { serveIcsRequests } from './icsWorkerServer';

serveIcsRequests(pageWorkerPort());
