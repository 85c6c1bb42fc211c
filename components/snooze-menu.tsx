import { addDays, addWeeks, setHours, startOfDay } from 'date-fns';
import { useId, useState } from 'react';
import { fromDateTimeInput, toDateTimeInput } from './format';

interface Props {
  now: number;
  onSnooze(until: number): void;
  label: string;
}

/** Snooze for a day, a week, or to a chosen date; a disclosure so the row stays compact. */
export function SnoozeMenu({ now, onSnooze, label }: Props) {
  const [open, setOpen] = useState(false);
  const [custom, setCustom] = useState('');
  const menuId = useId();

  const tomorrowMorning = setHours(startOfDay(addDays(now, 1)), 9).getTime();
  const nextWeek = setHours(startOfDay(addWeeks(now, 1)), 9).getTime();
  const customAt = fromDateTimeInput(custom);
  const customValid = Number.isFinite(customAt) && customAt > now;

  function choose(until: number) {
    setOpen(false);
    onSnooze(until);
  }

  return (
    <div className="snooze" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={`Snooze ${label}`}
        onClick={() => setOpen(!open)}
      >
        Snooze
      </button>
      {open ? (
        <div className="snooze__menu" id={menuId} role="group" aria-label={`Snooze ${label} until`}>
          <button
            type="button"
            className="button button--small"
            onClick={() => choose(tomorrowMorning)}
          >
            A day
          </button>
          <button type="button" className="button button--small" onClick={() => choose(nextWeek)}>
            A week
          </button>
          <form
            className="snooze__custom"
            onSubmit={(event) => {
              event.preventDefault();
              if (customValid) choose(customAt);
            }}
          >
            <input
              type="datetime-local"
              aria-label="Snooze until"
              value={custom}
              min={toDateTimeInput(now)}
              onChange={(event) => setCustom(event.target.value)}
            />
            <button type="submit" className="button button--small" disabled={!customValid}>
              Set
            </button>
          </form>
        </div>
      ) : null}
    </div>
  );
}
