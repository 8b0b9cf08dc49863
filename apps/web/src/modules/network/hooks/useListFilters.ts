import { useSearchParams } from 'react-router-dom';

/**
 * Filters of a list kept in the URL (shareable, and exported as shown). Changing a filter goes back to the
 * first page; `exportQuery` is the same filters without paging.
 */
export function useListFilters() {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  const exportParams = new URLSearchParams(params);
  exportParams.delete('page');
  return { params, query: params.toString(), exportQuery: exportParams.toString(), set };
}
