import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/**
 * What a page shows when the thing in its address does not exist or may not be seen: a heading that names the page
 * (and so its title), what was not found, and the way home.
 */
export function NotFoundNotice({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="h2">{t('notFound.title')}</h1>
      <div className="alert alert-warning" role="alert" data-testid="not-found">
        {message}
      </div>
      <Link to="/">{t('notFound.home')}</Link>
    </>
  );
}
