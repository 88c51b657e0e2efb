import { Button } from "@fluentui/react-components";
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-dialog";
import { useStrings } from "../i18n";

interface Props {
  /** The sentence that asks: "Kindly advises waiting until Fri 4 Dec. …" */
  text: string;
  onChaseAnyway: () => void;
  onClose: () => void;
}

/** The one confirmation before "Chase anyway". Loaded on first use: the first screen does not need it. */
export default function ChaseAnywayDialog({ text, onChaseAnyway, onClose }: Props) {
  const t = useStrings();
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.chaseAnywayTitle}</DialogTitle>
          <DialogContent>{text}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                onClose();
                onChaseAnyway();
              }}
            >
              {t.chaseAnyway}
            </Button>
            <Button onClick={onClose}>{t.wait}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
