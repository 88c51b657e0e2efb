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
import { format } from "../../locales";
import { statusTitle } from "../../locales/wording";
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
