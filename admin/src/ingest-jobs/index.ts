import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { IngestJob } from '@qorgau/shared';
import { IngestJobList } from './IngestJobList';
import { IngestJobShow } from './IngestJobShow';

export default {
  list: IngestJobList,
  show: IngestJobShow,
  icon: UploadFileIcon,
  // ids are uuids: the first eight characters name a job well enough on a page
  recordRepresentation: (record: IngestJob) => `#${record.id.slice(0, 8)}`,
};
