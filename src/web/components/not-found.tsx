import { Link } from 'react-router';
import { usePageTitle } from './page';

export default function NotFound() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="heading-l">Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        Go to the <Link to="/commitments">commitment register</Link> or the <Link to="/">dashboard</Link>.
      </p>
    </>
  );
}
