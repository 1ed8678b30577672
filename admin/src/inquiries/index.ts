import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { InquiryList } from './InquiryList';

export default {
  list: InquiryList,
  icon: ManageSearchIcon,
};
