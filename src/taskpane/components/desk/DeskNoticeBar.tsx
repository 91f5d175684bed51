/** A desk action's confirmation or error, shown where the action was taken (next to its form or card). */
import { MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import type { DeskNotice } from "../../state/useDeskActions";
import { useDeskTexts } from "./deskTexts";

export function DeskNoticeBar({ notice }: { notice: DeskNotice | null }) {
  const { d } = useDeskTexts();
  const n = notice;
  if (!n) return null;
  const intent =
    n.kind === "error" ? "error" : n.kind === "copyFailed" || n.kind === "duplicate" ? "warning" : "success";
  return (
    <div role="status" style={{ marginTop: 4, minWidth: 0 }}>
      <MessageBar intent={intent}>
        <MessageBarBody data-testid="desk-notice">
          {n.kind === "logged" && d("logSaved", { sheet: n.sheet })}
          {n.kind === "planAgreed" && d("planAgreed", { sheet: n.sheet, count: n.count })}
          {n.kind === "duplicate" && d("duplicate")}
          {n.kind === "written" && d("documentWritten", { sheet: n.sheet })}
          {n.kind === "copied" && d("copied")}
          {n.kind === "saved" && d("settingsSaved")}
          {n.kind === "error" && n.message}
          {n.kind === "copyFailed" && d("copyFailed")}
        </MessageBarBody>
      </MessageBar>
      {n.kind === "copyFailed" && (
        <Textarea readOnly value={n.text} style={{ width: "100%" }} resize="vertical" aria-label={d("copyLetter")} />
      )}
    </div>
  );
}

/** The notice when it belongs to this customer (null for another's). */
export function noticeFor(notice: DeskNotice | null, customer: string | undefined): DeskNotice | null {
  return notice && notice.customer === customer ? notice : null;
}
