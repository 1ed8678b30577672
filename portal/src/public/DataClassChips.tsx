import { DATA_CLASS_LABELS, type DataClass } from '@qorgau/shared';
import { useLang } from '../useLang';

/** What leaked, one chip per kind of data; a list, so a screen reader says how many. */
export const DataClassChips = ({ dataClasses, labelledBy }: { dataClasses: DataClass[]; labelledBy: string }) => {
  const [lang] = useLang();
  return (
    <ul className="chips" aria-labelledby={labelledBy}>
      {dataClasses.map((dataClass) => (
        <li key={dataClass} className={`chip chip-${dataClass}`}>
          {DATA_CLASS_LABELS[lang][dataClass]}
        </li>
      ))}
    </ul>
  );
};
