import { useEffect, useState } from 'preact/hooks';
import { request } from '../../lib/platform/messages';

export function PopupApp() {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void request('ping', {}).then((reply) => setVersion(reply.ok ? reply.data.version : null));
  }, []);
  return <main data-version={version ?? ''}>PCX {version}</main>;
}
