/** `kindly --help`. */
export const USAGE = `kindly: calm, courteous payment chasing, over email files

Usage:
  kindly split [file|-] [--json]
      Print a message body's own words (its quoted history removed). Reads the
      file, or stdin for - or no file; HTML is recognised by its tags.
      --json   {"text": "...", "quoted": [{"from", "sentAt", "subject", "text"}]}

  kindly split --batch
      JSON lines {"id", "body", "format": "text"|"html"} on stdin; one line
      {"id", "text", "quoted"} (or {"id", "error"}) out per line, in order.

  kindly analyze <file.eml | file.mbox | folder>... --me <address> [options]
      Read the messages, group them into threads and analyse each thread.
      --me <address>      your address (your side of the deal)
      --alias <address>   another address of yours (repeatable)
      --now YYYY-MM-DD    the day to analyse as of (default: today)
      --tz <zone>         your IANA time zone (default: this machine's)
      --country <domain>=<ISO>
                          the buyer's country for their business days, by domain
                          or address (repeatable; default: their address's ccTLD)
      --json              a JSON array of threads instead of a summary

  kindly graph-thread --base-url <url> --token <token> --conversation <id>
                     --me <address> [options]
      Read one Outlook conversation from Microsoft Graph (every folder) and
      analyse it as analyze does.
      --base-url <url>    Graph's root, such as https://graph.microsoft.com
      --token <token>     an access token with Mail.Read (- reads it from stdin)
      --conversation <id> the conversationId of a message in the conversation
      --me, --alias, --now, --tz, --country, --json   as for analyze

  kindly compose [options]
      Print the reminder the pane would write.
      --reason <r>        middleman, cash_flow, exchange_rate, competitor, away,
                          unknown (default)
      --levers <a,b>      production, price_validity, effort (default: none)
      --lang <xx>         en (default), zh, es, fr, de, pt, ru, ar
      --facts <file>      JSON: buyerName, repName, company, orderRef, amount
                          {"amount", "currency"}, confirmedOn, slotDeadline,
                          priceValidUntil (or the "facts" of analyze --json)
      --strength <s>      gentle (default) or firm
      --ask <a>           date (default: the payment date) or slip (the bank slip)
      --relationship <r>  first (default) or later chase
      --team <file>       a team's paragraph file (one library, or an array of
                          them, one per language), merged over the built-in ones
                          (repeatable)
      --json              {"html", "text", "missing": [fields]}

  kindly tone [file|-] [--lang xx] [--json]
      Find words in a reminder that may upset the buyer, with softer wordings.
      --json   {"findings": [{"start", "end", "category", "phrase", "suggestion"}]}

  kindly help             this text

Exit codes: 0 ok, 1 bad input or a Graph failure, 2 bad command line.
`;
