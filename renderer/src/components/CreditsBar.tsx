// The page credits (版面署名): the four roles with their names, each confirmed
// by a click that records who and when. Names are edited in place (the edit
// goes into the page text, so the checker sees it) with suggestions from the
// roster and from names confirmed on earlier pages; a first-seen name is marked.
import { useState } from 'react';
import type { CreditRole } from '../../../shared/types';
import { closeRound, confirmCredit, loadRoster, rosterSize } from '../controller';
import { roundLabel } from '../../../shared/review';
import { formatLocalTime } from '../../../shared/time';
import { useLocale, useT } from '../hooks';
import { ROLE_LABEL_EN } from '../i18n';
import { useReview, useSettings } from '../store';
import { isNewName, suggestionsFor } from '../store/settings';
import { reviewStore } from '../store';

function formatTime(iso: string, locale: string, withDate = true): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    ...(withDate ? { year: 'numeric', month: '2-digit', day: '2-digit' } : {}),
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The closed proof rounds (一校 ✓ …) and the button that closes the next. */
function Rounds() {
  const t = useT();
  const locale = useLocale();
  const rounds = useReview((s) => s.rounds);
  const next = roundLabel(rounds.reduce((m, r) => Math.max(m, r.n), 0) + 1, locale);
  return (
    <span className="rounds" data-testid="rounds">
      {rounds.map((r) => (
        <span
          key={r.n}
          className="round closed"
          data-testid={`round-${r.n}`}
          title={t('roundClosedTitle', { round: roundLabel(r.n, locale), who: r.closedBy, when: formatLocalTime(r.closedAt) })}
        >
          ✓ {roundLabel(r.n, locale)}
        </span>
      ))}
      <button type="button" className="close-round" data-testid="close-round" title={t('closeRoundTitle')} onClick={() => closeRound()}>
        {t('closeRound', { round: next })}
      </button>
    </span>
  );
}

function NameInput({ role, index, name, listId }: { role: CreditRole; index: number; name: string; listId: string }) {
  const [value, setValue] = useState(name);
  const [prev, setPrev] = useState(name);
  if (prev !== name) {
    // The page changed (undo, edit): follow it.
    setPrev(name);
    setValue(name);
  }
  const commit = () => {
    if (value.trim() !== name) reviewStore.getState().setCreditName(role, index, value);
  };
  return (
    <input
      className="credit-name"
      value={value}
      list={listId}
      data-testid={`credit-name-${role}-${index}`}
      aria-label={`${role} ${index + 1}`}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          commit();
          (e.target as HTMLInputElement).blur();
        } else if (e.key === 'Escape') {
          setValue(name);
          (e.target as HTMLInputElement).blur();
        }
      }}
    />
  );
}

function AddName({ role, listId, label }: { role: CreditRole; listId: string; label: string }) {
  const [value, setValue] = useState('');
  return (
    <input
      className="credit-name add"
      value={value}
      list={listId}
      placeholder="+"
      title={label}
      data-testid={`credit-add-${role}`}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && value.trim()) {
          reviewStore.getState().addCreditName(role, value);
          setValue('');
        }
      }}
    />
  );
}

export function CreditsBar() {
  const t = useT();
  const locale = useLocale();
  const settings = useSettings((s) => s.settings);
  // Re-derive when the page or the confirmations change.
  const page = useReview((s) => s.page);
  useReview((s) => s.credits);
  const profile = useReview((s) => s.profile);
  const roles = reviewStore.getState().creditRoles();
  // A paper that prints no credits line lacks no role: the bar offers the
  // roles to fill in, without marking them as gaps (issue 10).
  const expected = !!page?.credits || !!profile?.profile.creditsLine;
  const allConfirmed = roles.every((r) => r.confirmation && !r.stale);

  return (
    <section className={'credits-bar' + (allConfirmed ? ' all-confirmed' : '')} aria-label={t('credits')} data-testid="credits-bar">
      <span className="credits-title">{t('credits')}</span>
      {roles.map(({ role, names, confirmation, stale, entry }) => {
        const listId = `roster-${role}`;
        const confirmed = !!confirmation && !stale;
        // On the credits line but with no name: as much a gap as a missing role.
        const empty = !!entry && names.length === 0;
        const missing = !entry && expected;
        const cls = 'credit' + (confirmed ? ' confirmed' : '') + (stale ? ' stale' : '') + (missing ? ' missing' : '') + (empty ? ' no-name' : '');
        return (
          <div key={role} className={cls} data-testid={`credit-${role}`} data-role={role} data-empty={empty || undefined}>
            <span className="credit-role" title={locale === 'en' ? ROLE_LABEL_EN[role] : undefined}>
              {role}
            </span>
            {missing && <span className="credit-missing">{t('roleMissing')}</span>}
            {empty && (
              <span className="credit-missing" title={t('roleEmptyTitle', { role })}>
                {t('roleEmpty')}
              </span>
            )}
            {names.map((n, i) => (
              <span key={`${i}-${n.start}`} className="credit-name-wrap">
                <NameInput role={role} index={i} name={n.name} listId={listId} />
                {isNewName(settings, role, n.name) && (
                  <span className="badge new" title={t('newNameTitle')} data-testid="new-name">
                    {t('newName')}
                  </span>
                )}
              </span>
            ))}
            <AddName role={role} listId={listId} label={t('addName')} />
            <datalist id={listId}>
              {suggestionsFor(settings, role).map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
            {confirmed ? (
              <button
                type="button"
                className="confirm done"
                data-testid={`confirm-${role}`}
                aria-pressed="true"
                title={t('confirmedBy', { who: confirmation.confirmedBy, when: formatTime(confirmation.confirmedAt, locale) }) + ' — ' + t('unconfirm')}
                onClick={() => reviewStore.getState().unconfirmCredit(role)}
              >
                ✓ <span className="confirm-who">{confirmation.confirmedBy}</span>
                <span className="confirm-when">{formatTime(confirmation.confirmedAt, locale, false)}</span>
              </button>
            ) : (
              <button
                type="button"
                className={'confirm' + (stale ? ' stale' : '')}
                data-testid={`confirm-${role}`}
                aria-pressed="false"
                title={stale ? t('confirmedChanged') : t('confirmTitle', { role })}
                onClick={() => confirmCredit(role)}
              >
                {t('confirm')}
              </button>
            )}
          </div>
        );
      })}
      {allConfirmed && <span className="credits-ok">✓ {t('allConfirmed')}</span>}
      <Rounds />
      <button
        type="button"
        className="roster-button"
        data-testid="load-roster"
        title={t('rosterTitle', { n: rosterSize(settings.roster), source: settings.rosterName ?? t('rosterBuiltIn') })}
        onClick={() => void loadRoster()}
      >
        {t('roster')} {rosterSize(settings.roster)}
      </button>
    </section>
  );
}
