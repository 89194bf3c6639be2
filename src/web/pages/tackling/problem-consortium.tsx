import type { Consortium } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Chips } from '../../components/chips';
import { LoadedView } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';

/** The consortium proposed for a problem: its members and the skills each covers, and the skills none does. */
export function ProblemConsortium({ path }: { path: string }) {
  const { t } = useT();
  const consortium = useApi<Consortium>(`${path}/consortium`);
  return (
    <>
      <h3>{t('tackling.consortium')}</h3>
      <LoadedView loaded={consortium}>
        {(c) => (
          <>
            {c.members.length === 0 ? (
              <p class="muted">{t('none')}</p>
            ) : (
              <table>
                <tbody>
                  {c.members.map((m) => (
                    <tr key={m.personId}>
                      <td>{m.name}</td>
                      <td>{m.employer ?? ''}</td>
                      <td>
                        {t('tackling.covers')}：
                        <Chips words={m.covers} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {c.mix && <p class="small">{t('tackling.mix')}</p>}
            {c.uncovered.length > 0 && (
              <p class="warning">
                {t('tackling.uncovered')}：
                <Chips words={c.uncovered} />
              </p>
            )}
          </>
        )}
      </LoadedView>
    </>
  );
}
