import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { explain, formatDay, type Decision, type UiLanguage } from "../../core";
import { format, type Strings } from "../../locales";
import { useStrings } from "../i18n";

const ChaseAnywayDialog = lazy(
  () => import(/* webpackChunkName: "chase-anyway" */ "./ChaseAnywayDialog")
);

const INTENT: Record<Decision["status"], MessageBarIntent> = {
  ok: "success",
  "too-soon": "warning",
  hold: "warning",
  respond: "info",
};

function days(n: number, t: Strings): string {
  return n === 1 ? t.businessDay : format(t.businessDays, { n });
}

/** The status's headline: "OK to chase", "Too soon: wait until Tue 1 Dec (2 business days)". */
export function statusTitle(decision: Decision, lang: UiLanguage, t: Strings): string {
  const date = decision.earliest ? formatDay(decision.earliest, lang) : "";
  switch (decision.status) {
    case "ok":
      return t.statusOk;
    case "too-soon":
      return format(t.statusTooSoon, { date, days: days(decision.waitDays, t) });
    case "hold":
      return format(t.statusHold, { date, days: days(decision.waitDays, t) });
    case "respond":
      return t.statusRespond;
  }
}

interface Props {
  decision: Decision;
  lang: UiLanguage;
  /** The day the rep chose "Chase anyway", while it stands. */
  override: string | null;
  onChaseAnyway: () => void;
}

/** The status first: whether to chase now, why, and (never blocking) "Chase anyway". */
export function StatusCard({ decision, lang, override, onChaseAnyway }: Props) {
  const t = useStrings();
  const waiting = decision.status === "too-soon" || decision.status === "hold";
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="kindly-status-title">
      {/* A live region, so a screen reader says the status when it changes. */}
      <div aria-live="polite">
        <MessageBar
          intent={override ? "success" : INTENT[decision.status]}
          layout="multiline"
          data-status={decision.status}
        >
          <MessageBarBody>
            <MessageBarTitle id="kindly-status-title">
              {statusTitle(decision, lang, t)}
            </MessageBarTitle>
            {explain(decision, lang)}
            {override && <div>{format(t.overridden, { date: formatDay(override, lang) })}</div>}
          </MessageBarBody>
          {waiting && !override && (
            <MessageBarActions>
              <Button onClick={() => setAsking(true)}>{t.chaseAnyway}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      </div>
      {asking && (
        <Suspense fallback={null}>
          <ChaseAnywayDialog
            text={format(t.chaseAnywayText, { date: formatDay(decision.earliest!, lang) })}
            onChaseAnyway={onChaseAnyway}
            onClose={() => setAsking(false)}
          />
        </Suspense>
      )}
    </section>
  );
}
