import { SearchInput, useTranslate, type SearchInputProps } from 'react-admin';

/**
 * react-admin's SearchInput has no visible label; this one says what it searches, in the
 * placeholder and as the input's accessible name.
 */
export const QuickSearch = ({ hint, ...props }: Omit<SearchInputProps, 'label'> & { hint: string }) => {
  const translate = useTranslate();
  const text = translate(hint);
  return (
    <SearchInput {...props} placeholder={text} slotProps={{ htmlInput: { 'aria-label': text } }} sx={{ minWidth: { sm: 320 } }} />
  );
};
