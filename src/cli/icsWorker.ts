// The command's .ics parsing worker thread.
import { serveIcsRequests } from '../lib/ingest/calendar/icsWorkerServer';
import { nodeWorkerPort } from './nodeWorkerPort';

serveIcsRequests(nodeWorkerPort());
