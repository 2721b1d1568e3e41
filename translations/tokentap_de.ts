<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <source>This is not a TokenTap settings file.</source>
        <translation>Dies ist keine TokenTap-Einstellungsdatei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address (e.g. 127.0.0.1, ::1 or 0.0.0.0).</source>
        <translation>„%1“ ist keine IP-Adresse (z. B. 127.0.0.1, ::1 oder 0.0.0.0).</translation>
    </message>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation>Wählen Sie einen Port zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>Listening beyond this computer needs an access token of at least %1 characters that clients send as x-tokentap-key.</source>
        <translation>Um auch außerhalb dieses Computers zu lauschen, ist ein Zugriffstoken mit mindestens %1 Zeichen nötig, das Clients als x-tokentap-key senden.</translation>
    </message>
    <message>
        <source>The access token must not contain line breaks.</source>
        <translation>Das Zugriffstoken darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>The body size limit must be between 1 and 4096 MiB.</source>
        <translation>Die maximale Body-Größe muss zwischen 1 und 4096 MiB liegen.</translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 and 3600 seconds.</source>
        <translation>Das Verbindungs-Timeout muss zwischen 1 und 3600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The response timeout must be between 1 and 86400 seconds.</source>
        <translation>Das Antwort-Timeout muss zwischen 1 und 86400 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The stream idle timeout must be between 1 and 86400 seconds.</source>
        <translation>Das Leerlauf-Timeout für Streams muss zwischen 1 und 86400 Sekunden liegen.</translation>
    </message>
    <message>
        <source>A header value must not contain line breaks.</source>
        <translation>Ein Header-Wert darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an upstream name: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>„%1“ kann kein Upstream-Name sein: Verwenden Sie Buchstaben, Ziffern, „-“, „_“ oder „.“.</translation>
    </message>
    <message>
        <source>Another upstream is already called &apos;%1&apos;.</source>
        <translation>Es gibt bereits einen Upstream namens „%1“.</translation>
    </message>
    <message>
        <source>The API key must not contain line breaks.</source>
        <translation>Der API-Schlüssel darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>Add at least one upstream.</source>
        <translation>Fügen Sie mindestens einen Upstream hinzu.</translation>
    </message>
    <message>
        <source>Mark one upstream as the default.</source>
        <translation>Markieren Sie einen Upstream als Standard.</translation>
    </message>
    <message>
        <source>There is no upstream called &apos;%1&apos;.</source>
        <translation>Es gibt keinen Upstream namens „%1“.</translation>
    </message>
    <message>
        <source>The time to live must be between 1 second and 7 days.</source>
        <translation>Die Lebensdauer muss zwischen 1 Sekunde und 7 Tagen liegen.</translation>
    </message>
    <message>
        <source>The cache needs at least 1 MiB.</source>
        <translation>Der Cache benötigt mindestens 1 MiB.</translation>
    </message>
    <message>
        <source>Retention days cannot be negative.</source>
        <translation>Die Aufbewahrungsdauer in Tagen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The maximum size cannot be negative.</source>
        <translation>Die maximale Größe darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Recorded bodies need room for at least 1 KiB.</source>
        <translation>Für aufgezeichnete Bodys muss mindestens 1 KiB Platz sein.</translation>
    </message>
    <message>
        <source>A user policy needs a user name.</source>
        <translation>Eine Benutzerrichtlinie benötigt einen Benutzernamen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has two policies.</source>
        <translation>„%1“ hat zwei Richtlinien.</translation>
    </message>
    <message>
        <source>Two destinations share the id &apos;%1&apos;.</source>
        <translation>Zwei Ziele verwenden dieselbe ID „%1“.</translation>
    </message>
</context>
<context>
    <name>CacheSettingsPage</name>
    <message>
        <source>Replay cached streams at their original speed</source>
        <translation>Zwischengespeicherte Streams in ursprünglicher Geschwindigkeit wiedergeben</translation>
    </message>
    <message>
        <source>auto: deterministic calls (temperature 0 or a seed), embeddings</source>
        <translation>auto: deterministische Aufrufe (Temperatur 0 oder Seed), Embeddings</translation>
    </message>
    <message>
        <source>always: every cacheable call</source>
        <translation>always: jeder cachefähige Aufruf</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Calls may choose for themselves with the x-bt-use-cache and x-bt-cache-ttl headers; these are the defaults.</source>
        <translation>Aufrufe können dies über die Header x-bt-use-cache und x-bt-cache-ttl selbst festlegen; dies sind die Standardwerte.</translation>
    </message>
    <message>
        <source>Default mode:</source>
        <translation>Standardmodus:</translation>
    </message>
    <message>
        <source>Keep entries for:</source>
        <translation>Einträge aufbewahren für:</translation>
    </message>
    <message>
        <source>Size cap:</source>
        <translation>Maximale Größe:</translation>
    </message>
    <message>
        <source>Statistics:</source>
        <translation>Statistik:</translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation>Cache leeren…</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>The cache is off: its file could not be opened.</source>
        <translation>Der Cache ist deaktiviert: Seine Datei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 entries, %2
%3 hits and %4 misses since start (%5 hit rate), %6 saved</source>
        <translation>%1 Einträge, %2
%3 Treffer und %4 Cache-Fehltreffer seit dem Start (%5 Trefferquote), %6 gespart</translation>
    </message>
    <message>
        <source>no</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Remove every cached response? Calls will go upstream again until the cache fills up.</source>
        <translation>Alle zwischengespeicherten Antworten entfernen? Aufrufe gehen dann wieder an den Upstream, bis sich der Cache erneut füllt.</translation>
    </message>
    <message>
        <source>Cleared.</source>
        <translation>Geleert.</translation>
    </message>
</context>
<context>
    <name>CacheStore</name>
    <message>
        <source>cache database</source>
        <translation>Cache-Datenbank</translation>
    </message>
    <message>
        <source>the cache store is not open</source>
        <translation>der Cache-Speicher ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Request headers (as the client sent them, credentials redacted)</source>
        <translation>Anfrage-Header (wie vom Client gesendet, Zugangsdaten geschwärzt)</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>A&amp;ntwort</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Zeitablauf</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>Select a call to see it here.</source>
        <translation>Wählen Sie einen Aufruf aus, um ihn hier anzuzeigen.</translation>
    </message>
    <message>
        <source>Privacy mode: no content was recorded for this call.</source>
        <translation>Datenschutzmodus: Für diesen Aufruf wurde kein Inhalt aufgezeichnet.</translation>
    </message>
    <message>
        <source>The request body was larger than the recording limit; what is shown is cut short.</source>
        <translation>Der Anfrage-Body war größer als das Aufzeichnungslimit; die Anzeige ist gekürzt.</translation>
    </message>
    <message>
        <source>The response body was larger than the recording limit; what is shown is cut short.</source>
        <translation>Der Antwort-Body war größer als das Aufzeichnungslimit; die Anzeige ist gekürzt.</translation>
    </message>
    <message>
        <source>Looking for the nearest cached request…</source>
        <translation>Ähnlichste zwischengespeicherte Anfrage wird gesucht…</translation>
    </message>
    <message>
        <source>No cached response for this URL and model was stored: the first call of its kind, or the entries had expired or were evicted.</source>
        <translation>Für diese URL und dieses Modell war keine Antwort im Cache gespeichert: Es ist der erste Aufruf dieser Art, oder die Einträge waren abgelaufen oder wurden verdrängt.</translation>
    </message>
    <message>
        <source>An identical request is in the cache now (stored %1): it was stored after this call, had expired at the time, or was made with another API key (entries are kept per key).</source>
        <translation>Eine identische Anfrage ist jetzt im Cache (gespeichert am %1): Sie wurde nach diesem Aufruf gespeichert, war zu diesem Zeitpunkt abgelaufen oder wurde mit einem anderen API-Schlüssel gestellt (Einträge werden pro Schlüssel gespeichert).</translation>
    </message>
    <message numerus="yes">
        <source>The nearest cached request (stored %1) differs in %n place(s): %2</source>
        <translation>
            <numerusform>Die ähnlichste zwischengespeicherte Anfrage (gespeichert am %1) unterscheidet sich an %n Stelle: %2</numerusform>
            <numerusform>Die ähnlichste zwischengespeicherte Anfrage (gespeichert am %1) unterscheidet sich an %n Stellen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>of which cached (read)</source>
        <translation>davon zwischengespeichert (gelesen)</translation>
    </message>
    <message>
        <source>of which cache writes</source>
        <translation>davon Cache-Schreiben</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>of which reasoning</source>
        <translation>davon Reasoning</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Saved by the cache</source>
        <translation>Durch den Cache gespart</translation>
    </message>
    <message>
        <source>reported by the provider</source>
        <translation>vom Anbieter gemeldet</translation>
    </message>
    <message>
        <source>price table %1</source>
        <translation>Preistabelle %1</translation>
    </message>
    <message>
        <source>unknown: no usage reported, or no price for this model</source>
        <translation>unbekannt: keine Nutzung gemeldet oder kein Preis für dieses Modell</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Price row %1 (USD per million tokens)</source>
        <translation>Preiszeile %1 (USD pro Million Token)</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Zwischengespeicherte Eingabe</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Reasoning output</source>
        <translation>Reasoning-Ausgabe</translation>
    </message>
    <message>
        <source>From %1 input tokens</source>
        <translation>Ab %1 Eingabe-Token</translation>
    </message>
    <message>
        <source>Rates from</source>
        <translation>Preisquelle</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>Not cacheable as sent (mode, Cache-Control or a non-deterministic request).</source>
        <translation>So wie gesendet nicht cachefähig (Modus, Cache-Control oder eine nicht deterministische Anfrage).</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>cached input %1</source>
        <translation>zwischengespeicherte Eingabe %1</translation>
    </message>
    <message>
        <source>cache write %1</source>
        <translation>Cache-Schreiben %1</translation>
    </message>
    <message>
        <source>1-hour cache write %1</source>
        <translation>Cache-Schreiben für 1 Stunde %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>of which kept for an hour</source>
        <translation>davon für eine Stunde gespeichert</translation>
    </message>
    <message>
        <source>1-hour cache write</source>
        <translation>Cache-Schreiben für 1 Stunde</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Prices have changed since this call was priced: the rates below are those of %1. &apos;tokentap reprice&apos; brings stored costs up to date.</source>
        <translation>Die Preise haben sich geändert, seit dieser Aufruf berechnet wurde: die Sätze unten sind die von %1. &apos;tokentap reprice&apos; bringt gespeicherte Kosten auf den neuen Stand.</translation>
    </message>
</context>
<context>
    <name>CallPhases</name>
    <message>
        <source>Waiting for upstream</source>
        <translation>Warten auf Upstream</translation>
    </message>
    <message>
        <source>Until first token</source>
        <translation>Bis zum ersten Token</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>This call was recorded in privacy mode: its messages were not stored.</source>
        <translation>Dieser Aufruf wurde im Datenschutzmodus aufgezeichnet: Seine Nachrichten wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>This is not a chat call (endpoint: %1), so there is no conversation to show. The request and response bodies are shown as they are.</source>
        <translation>Dies ist kein Chat-Aufruf (Endpunkt: %1), daher gibt es keine Konversation anzuzeigen. Anfrage- und Antwort-Body werden unverändert angezeigt.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The request body was truncated when it was recorded, so its messages cannot be read. The part that was kept is shown with the request body.</source>
        <translation>Der Anfrage-Body wurde bei der Aufzeichnung gekürzt, daher können seine Nachrichten nicht gelesen werden. Der erhaltene Teil wird beim Anfrage-Body angezeigt.</translation>
    </message>
    <message>
        <source>No request body was recorded for this call.</source>
        <translation>Für diesen Aufruf wurde kein Anfrage-Body aufgezeichnet.</translation>
    </message>
    <message>
        <source>The response was truncated when it was recorded: the reply below is incomplete.</source>
        <translation>Die Antwort wurde bei der Aufzeichnung gekürzt: Der folgende Antworttext ist unvollständig.</translation>
    </message>
    <message>
        <source>The response body was truncated when it was recorded, so the reply cannot be shown.</source>
        <translation>Der Antwort-Body wurde bei der Aufzeichnung gekürzt, daher kann die Antwort nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Select a call to see its conversation.</source>
        <translation>Wählen Sie einen Aufruf aus, um seine Konversation zu sehen.</translation>
    </message>
    <message>
        <source>Part of this call could not be read: %1.</source>
        <translation>Ein Teil dieses Aufrufs konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Tools declared: %1</source>
        <translation>Deklarierte Tools: %1</translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>Die Anfrage enthält keine Nachrichten.</translation>
    </message>
    <message>
        <source>No reply was recorded.</source>
        <translation>Es wurde keine Antwort aufgezeichnet.</translation>
    </message>
    <message>
        <source>Upstream error: %1</source>
        <translation>Upstream-Fehler: %1</translation>
    </message>
    <message>
        <source>Finish reason: %1</source>
        <translation>Abschlussgrund: %1</translation>
    </message>
    <message>
        <source>[%L1 more characters, see the body]</source>
        <translation>[%L1 weitere Zeichen, siehe Body]</translation>
    </message>
    <message>
        <source>Assistant (reply)</source>
        <translation>Assistent (Antwort)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Tool-Ergebnis</translation>
    </message>
    <message>
        <source>Tool result: %1</source>
        <translation>Tool-Ergebnis: %1</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Tool-Aufruf</translation>
    </message>
    <message>
        <source>(no content)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Image (%1, %2) that could not be decoded</source>
        <translation>Bild (%1, %2), das nicht dekodiert werden konnte</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>%1 · %2×%3 px</source>
        <translation>%1 · %2×%3 px</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No reply: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
</context>
<context>
    <name>ClientSnippets</name>
    <message>
        <source>OpenAI SDKs and tools that read OPENAI_BASE_URL</source>
        <translation>OpenAI-SDKs und Tools, die OPENAI_BASE_URL auswerten</translation>
    </message>
    <message>
        <source>Anthropic SDKs and Claude Code, through the anthropic upstream: no /v1, the SDK appends /v1/messages itself</source>
        <translation>Anthropic-SDKs und Claude Code, über den Upstream anthropic: ohne /v1, das SDK hängt /v1/messages selbst an</translation>
    </message>
    <message>
        <source>Headers sent with every call, one per line (read by the Node SDKs and Claude Code; in Python pass default_headers)</source>
        <translation>Header, die bei jedem Aufruf gesendet werden, einer pro Zeile (ausgewertet von den Node-SDKs und Claude Code; in Python default_headers übergeben)</translation>
    </message>
    <message>
        <source>Keep OPENAI_API_KEY / ANTHROPIC_API_KEY as they are: TokenTap forwards them to the upstream.</source>
        <translation>Lassen Sie OPENAI_API_KEY / ANTHROPIC_API_KEY unverändert: TokenTap leitet sie an den Upstream weiter.</translation>
    </message>
    <message>
        <source>api_key comes from OPENAI_API_KEY as usual; TokenTap forwards it.</source>
        <translation>api_key kommt wie gewohnt aus OPENAI_API_KEY; TokenTap leitet ihn weiter.</translation>
    </message>
    <message>
        <source>apiKey comes from OPENAI_API_KEY as usual; TokenTap forwards it.</source>
        <translation>apiKey kommt wie gewohnt aus OPENAI_API_KEY; TokenTap leitet ihn weiter.</translation>
    </message>
    <message>
        <source>No /v1 here: the SDK appends /v1/messages itself. api_key comes from ANTHROPIC_API_KEY.</source>
        <translation>Hier kein /v1: Das SDK hängt /v1/messages selbst an. api_key kommt aus ANTHROPIC_API_KEY.</translation>
    </message>
    <message>
        <source>In Roo Code or Cline, open the settings (the gear icon):</source>
        <translation>Öffnen Sie in Roo Code oder Cline die Einstellungen (das Zahnradsymbol):</translation>
    </message>
    <message>
        <source>API Provider: OpenAI Compatible</source>
        <translation>API Provider: OpenAI Compatible</translation>
    </message>
    <message>
        <source>Base URL: %1</source>
        <translation>Base URL: %1</translation>
    </message>
    <message>
        <source>API Key: your upstream&apos;s key (TokenTap forwards it), or any text when TokenTap stores the upstream&apos;s key</source>
        <translation>API Key: der Schlüssel Ihres Upstreams (TokenTap leitet ihn weiter) oder ein beliebiger Text, wenn TokenTap den Schlüssel des Upstreams speichert</translation>
    </message>
    <message>
        <source>Model ID: the upstream&apos;s model name, e.g. gpt-4o-mini</source>
        <translation>Model ID: der Modellname beim Upstream, z. B. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Custom Headers: none needed (optional, e.g. x-bt-use-cache: always to cache every call)</source>
        <translation>Custom Headers: keine nötig (optional, z. B. x-bt-use-cache: always, um jeden Aufruf zwischenzuspeichern)</translation>
    </message>
    <message>
        <source>Custom Headers (one row each):</source>
        <translation>Custom Headers (eine Zeile pro Header):</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>OpenAI Python</source>
        <translation>OpenAI Python</translation>
    </message>
    <message>
        <source>OpenAI Node.js</source>
        <translation>OpenAI Node.js</translation>
    </message>
    <message>
        <source>Anthropic Python</source>
        <translation>Anthropic Python</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>Roo Code / Cline</source>
        <translation>Roo Code / Cline</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Compare calls</source>
        <translation>Aufrufe vergleichen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>(whole body)</source>
        <translation>(gesamter Body)</translation>
    </message>
    <message>
        <source>response: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>The requests are identical.</source>
        <translation>Die Anfragen sind identisch.</translation>
    </message>
    <message>
        <source>Where they differ:</source>
        <translation>Unterschiede:</translation>
    </message>
</context>
<context>
    <name>ConnectClientPanel</name>
    <message>
        <source>Point your tool at TokenTap</source>
        <translation>Richten Sie Ihr Tool auf TokenTap aus</translation>
    </message>
    <message>
        <source>Use this base URL instead of your provider&apos;s. TokenTap forwards each call to the upstream, records it, and lists it here as soon as it is made.</source>
        <translation>Verwenden Sie diese Basis-URL anstelle der Ihres Anbieters. TokenTap leitet jeden Aufruf an den Upstream weiter, zeichnet ihn auf und listet ihn hier auf, sobald er erfolgt.</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>Basis-URL kopieren</translation>
    </message>
    <message>
        <source>TokenTap accepts calls from other computers, so every client must send its access token in the %1 header, as the snippets do.</source>
        <translation>TokenTap nimmt Aufrufe von anderen Computern an, daher muss jeder Client sein Zugriffstoken im Header %1 senden, wie es die Codebeispiele tun.</translation>
    </message>
    <message>
        <source>Copy this snippet</source>
        <translation>Dieses Codebeispiel kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>this call is not a chat, completion, responses or messages call</source>
        <translation>dieser Aufruf ist kein Chat-, Completion-, Responses- oder Messages-Aufruf</translation>
    </message>
    <message>
        <source>the request body is not a JSON object</source>
        <translation>der Anfrage-Body ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the response body is neither JSON nor an event stream</source>
        <translation>der Antwort-Body ist weder JSON noch ein Ereignisstream</translation>
    </message>
    <message>
        <source>the response stream has events that are not JSON</source>
        <translation>der Antwort-Stream enthält Ereignisse, die kein JSON sind</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>EncryptedFileSecretBackend</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a TokenTap secrets file</source>
        <translation>%1 ist keine Zugangsdaten-Datei von TokenTap</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted: it was written on another machine or by another user, or it is damaged</source>
        <translation>%1 kann nicht entschlüsselt werden: Die Datei wurde auf einem anderen Rechner oder von einem anderen Benutzer geschrieben oder ist beschädigt</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot encrypt the secrets</source>
        <translation>die Zugangsdaten können nicht verschlüsselt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>an encrypted file (%1)</source>
        <translation>einer verschlüsselten Datei (%1)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>unknown export format &apos;%1&apos; (available: %2)</source>
        <translation>unbekanntes Exportformat „%1“ (verfügbar: %2)</translation>
    </message>
    <message>
        <source>invalid filter: %1</source>
        <translation>ungültiger Filter: %1</translation>
    </message>
    <message>
        <source>no output file given (-o FILE)</source>
        <translation>keine Ausgabedatei angegeben (-o FILE)</translation>
    </message>
    <message>
        <source>no trace database at %1</source>
        <translation>keine Trace-Datenbank unter %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) written to %1</source>
        <translation>
            <numerusform>%n Aufruf nach %1 geschrieben</numerusform>
            <numerusform>%n Aufrufe nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) written to %1; %2</source>
        <translation>
            <numerusform>%n Beispiel nach %1 geschrieben; %2</numerusform>
            <numerusform>%n Beispiele nach %1 geschrieben; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the trace database itself; choose another output file</source>
        <translation>%1 ist die Trace-Datenbank selbst; wählen Sie eine andere Ausgabedatei</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Anthropic Messages shape instead of OpenAI chat</source>
        <translation>Anthropic-Messages-Format statt OpenAI-Chat</translation>
    </message>
    <message>
        <source>Leave system prompts out</source>
        <translation>Systemprompts weglassen</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Aufrufe exportieren</translation>
    </message>
    <message>
        <source>Fine-tuning examples (JSONL)</source>
        <translation>Fine-Tuning-Beispiele (JSONL)</translation>
    </message>
    <message>
        <source>HTTP Archive (HAR 1.2)</source>
        <translation>HTTP-Archiv (HAR 1.2)</translation>
    </message>
    <message>
        <source>Usage table (CSV)</source>
        <translation>Nutzungstabelle (CSV)</translation>
    </message>
    <message>
        <source>OpenTelemetry spans (OTLP/JSON)</source>
        <translation>OpenTelemetry-Spans (OTLP/JSON)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>All recorded calls</source>
        <translation>Alle aufgezeichneten Aufrufe</translation>
    </message>
    <message>
        <source>Calls matching the filter (none set)</source>
        <translation>Aufrufe, die dem Filter entsprechen (keiner gesetzt)</translation>
    </message>
    <message>
        <source>Calls matching the filter: %1</source>
        <translation>Aufrufe, die dem Filter entsprechen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected call(s)</source>
        <translation>
            <numerusform>Der ausgewählte Aufruf</numerusform>
            <numerusform>Die %n ausgewählten Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>every model; or e.g. gpt-4o*, o4-mini</source>
        <translation>alle Modelle; oder z. B. gpt-4o*, o4-mini</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Only models:</source>
        <translation>Nur Modelle:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Zieldatei aus.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting… %L1 calls</source>
        <translation>Wird exportiert… %L1 Aufrufe</translation>
    </message>
</context>
<context>
    <name>ExportOutbox</name>
    <message>
        <source>the trace database is not open</source>
        <translation>die Trace-Datenbank ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>ExportSettingsPage</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>https://collector.example.com/v1/traces</source>
        <translation>https://collector.example.com/v1/traces</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>Endpunkt-URL:</translation>
    </message>
    <message>
        <source>Protobuf (proto)</source>
        <translation>Protobuf (proto)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Authorization: Bearer KEY
x-bt-parent: project_id:ID</source>
        <translation>Authorization: Bearer KEY
x-bt-parent: project_id:ID</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Geheime Werte anzeigen</translation>
    </message>
    <message>
        <source>Keys in Authorization and other secret headers are shown as their last four characters until this is ticked.</source>
        <translation>Schlüssel in Authorization und anderen geheimen Headern werden nur mit ihren letzten vier Zeichen angezeigt, bis diese Option aktiviert ist.</translation>
    </message>
    <message>
        <source>Compress requests (gzip)</source>
        <translation>Anfragen komprimieren (gzip)</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Komprimierung:</translation>
    </message>
    <message>
        <source>Send metrics only, never message content</source>
        <translation>Nur Metriken senden, niemals Nachrichteninhalte</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Datenschutz:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of traces sent; a trace is sent whole or not at all.</source>
        <translation>Anteil der gesendeten Traces; eine Trace wird ganz oder gar nicht gesendet.</translation>
    </message>
    <message>
        <source>Sampling:</source>
        <translation>Sampling:</translation>
    </message>
    <message>
        <source>Every call (or a filter such as model:gpt-4o* -status:&gt;=400)</source>
        <translation>Jeder Aufruf (oder ein Filter wie model:gpt-4o* -status:&gt;=400)</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Export calls to this destination</source>
        <translation>Aufrufe an dieses Ziel exportieren</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Aktiviert:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Sends one test span to this destination as edited here.</source>
        <translation>Sendet einen Test-Span mit den hier bearbeiteten Einstellungen an dieses Ziel.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Invalid filter: %1</source>
        <translation>Ungültiger Filter: %1</translation>
    </message>
    <message>
        <source>Export to this destination is off.</source>
        <translation>Der Export an dieses Ziel ist deaktiviert.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Last delivery: %1</source>
        <translation>Letzte Zustellung: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Letzter Fehler (%1): %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: model:gpt-4o*  status:&gt;=400  cache:hit  cost:&gt;0.01  duration:&gt;2s  -user:bot  or words to search (Ctrl+F)</source>
        <translation>Filter: model:gpt-4o*  status:&gt;=400  cache:hit  cost:&gt;0.01  duration:&gt;2s  -user:bot  oder Suchbegriffe (Strg+F)</translation>
    </message>
    <message>
        <source>Terms are combined with AND. Fields: %1. A bare word searches the messages; a leading - negates a term.</source>
        <translation>Begriffe werden mit UND verknüpft. Felder: %1. Ein einzelnes Wort durchsucht die Nachrichten; ein vorangestelltes - negiert einen Begriff.</translation>
    </message>
</context>
<context>
    <name>FineTuneExporter</name>
    <message>
        <source>no call skipped</source>
        <translation>kein Aufruf übersprungen</translation>
    </message>
    <message>
        <source>%1 calls skipped: %2</source>
        <translation>%1 Aufrufe übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 in privacy mode</source>
        <translation>%1 im Datenschutzmodus</translation>
    </message>
    <message>
        <source>%1 not conversations</source>
        <translation>%1 keine Konversationen</translation>
    </message>
    <message>
        <source>%1 incomplete</source>
        <translation>%1 unvollständig</translation>
    </message>
    <message>
        <source>%1 of other models</source>
        <translation>%1 von anderen Modellen</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>%1 Duplikate</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Keep the proxy running in the tray when the window closes</source>
        <translation>Proxy im Infobereich weiterlaufen lassen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Notify me when an upstream fails</source>
        <translation>Benachrichtigen, wenn ein Upstream ausfällt</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language (after a restart):</source>
        <translation>Sprache (nach einem Neustart):</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>API keys and tokens are kept in %1.</source>
        <translation>API-Schlüssel und Zugriffstoken werden in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message>
        <source>not a HAR file: %1 at line %2</source>
        <translation>keine HAR-Datei: %1 in Zeile %2</translation>
    </message>
    <message>
        <source>not a HAR file: no log.entries list</source>
        <translation>keine HAR-Datei: keine Liste log.entries</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>no request</source>
        <translation>keine Anfrage</translation>
    </message>
    <message>
        <source>request.method is missing</source>
        <translation>request.method fehlt</translation>
    </message>
    <message>
        <source>request.url is not an absolute URL</source>
        <translation>request.url ist keine absolute URL</translation>
    </message>
    <message>
        <source>response.status is missing</source>
        <translation>response.status fehlt</translation>
    </message>
    <message>
        <source>startedDateTime is not an ISO 8601 date</source>
        <translation>startedDateTime ist kein Datum nach ISO 8601</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>could not write the trace store: %1</source>
        <translation>der Trace-Speicher konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>imported %n call(s) from %1</source>
        <translation>
            <numerusform>%n Aufruf aus %1 importiert</numerusform>
            <numerusform>%n Aufrufe aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) skipped, already in the trace store</source>
        <translation>
            <numerusform>%n Aufruf übersprungen, schon im Trace-Speicher</numerusform>
            <numerusform>%n Aufrufe übersprungen, schon im Trace-Speicher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderLines</name>
    <message>
        <source>Line %1 is not &quot;Name: value&quot;.</source>
        <translation>Zeile %1 hat nicht die Form „Name: Wert“.</translation>
    </message>
</context>
<context>
    <name>HeaderRuleSettings</name>
    <message>
        <source>A header needs a name.</source>
        <translation>Ein Header benötigt einen Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid header name (letters, digits and - only).</source>
        <translation>„%1“ ist kein gültiger Header-Name (nur Buchstaben, Ziffern und -).</translation>
    </message>
    <message>
        <source>%1 is a connection header; the proxy manages it.</source>
        <translation>%1 ist ein Verbindungs-Header; der Proxy verwaltet ihn selbst.</translation>
    </message>
    <message>
        <source>%1 is set by the proxy for each upstream.</source>
        <translation>%1 wird vom Proxy für jeden Upstream gesetzt.</translation>
    </message>
    <message>
        <source>x-tokentap-* headers are TokenTap&apos;s own and never forwarded.</source>
        <translation>x-tokentap-*-Header gehören zu TokenTap selbst und werden nie weitergeleitet.</translation>
    </message>
</context>
<context>
    <name>HeadersSettingsPage</name>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Headers set on every forwarded call, e.g. x-bt-use-cache: auto, or an HTTP-Referer for OpenRouter. A rule for one upstream wins over a rule for all.</source>
        <translation>Header, die bei jedem weitergeleiteten Aufruf gesetzt werden, z. B. x-bt-use-cache: auto oder ein HTTP-Referer für OpenRouter. Eine Regel für einen einzelnen Upstream hat Vorrang vor einer Regel für alle.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>All upstreams</source>
        <translation>Alle Upstreams</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Show the body as a foldable tree</source>
        <translation>Body als aufklappbaren Baum anzeigen</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Show the body as text</source>
        <translation>Body als Text anzeigen</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Kein Body.</translation>
    </message>
    <message>
        <source>The text shows the first %1 of this %2 body.</source>
        <translation>Der Text zeigt die ersten %1 dieses %2 großen Bodys.</translation>
    </message>
    <message>
        <source>Lines longer than %L1 characters are shortened.</source>
        <translation>Zeilen mit mehr als %L1 Zeichen werden gekürzt.</translation>
    </message>
    <message>
        <source>[%L1 more characters]</source>
        <translation>[%L1 weitere Zeichen]</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
</context>
<context>
    <name>KeychainSecretBackend</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the desktop keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>LiveSettings</name>
    <message>
        <source>%1 port %2 cannot be used: %3. The proxy keeps listening where it is.</source>
        <translation>Port %2 auf %1 kann nicht verwendet werden: %3. Der Proxy lauscht weiterhin an der bisherigen Adresse.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenTap</source>
        <translation>TokenTap</translation>
    </message>
    <message>
        <source>Starting the proxy…</source>
        <translation>Proxy wird gestartet…</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>That call is not in the list (check the filter).</source>
        <translation>Dieser Aufruf ist nicht in der Liste (prüfen Sie den Filter).</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Proxy running</source>
        <translation>Proxy läuft</translation>
    </message>
    <message>
        <source>Pause or resume the proxy (clients get no answer while paused)</source>
        <translation>Proxy anhalten oder fortsetzen (Clients erhalten währenddessen keine Antwort)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the base URL for clients</source>
        <translation>Basis-URL für Clients kopieren</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Record calls into the trace store</source>
        <translation>Aufrufe im Trace-Speicher aufzeichnen</translation>
    </message>
    <message>
        <source>Clear view</source>
        <translation>Ansicht leeren</translation>
    </message>
    <message>
        <source>Hide the calls listed so far; nothing is deleted (Ctrl+L)</source>
        <translation>Blendet die bisher aufgelisteten Aufrufe aus; nichts wird gelöscht (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>A&amp;ufruf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Aufrufe</translation>
    </message>
    <message>
        <source>&amp;Usage dashboard</source>
        <translation>&amp;Nutzungsübersicht</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <source>&amp;Show all calls again</source>
        <translation>Alle Aufrufe wieder an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Connect a client…</source>
        <translation>Client &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>Export: %1 queued · %2 sent</source>
        <translation>Export: %1 in Warteschlange · %2 gesendet</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Every destination is answering</source>
        <translation>Alle Ziele antworten</translation>
    </message>
    <message>
        <source>Connect a client</source>
        <translation>Client verbinden</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;TokenTap is running&lt;/h2&gt;&lt;p&gt;Point your client at &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;TokenTap läuft&lt;/h2&gt;&lt;p&gt;Richten Sie Ihren Client auf &lt;b&gt;%1&lt;/b&gt; aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Lauscht nicht</translation>
    </message>
    <message>
        <source>Proxy stopped</source>
        <translation>Proxy gestoppt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The proxy could not start&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Der Proxy konnte nicht gestartet werden&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Paused: not listening</source>
        <translation>Angehalten: lauscht nicht</translation>
    </message>
    <message>
        <source>Proxy paused</source>
        <translation>Proxy angehalten</translation>
    </message>
    <message>
        <source>Upstream error</source>
        <translation>Upstream-Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed upstream (unreachable, timed out or cut off).</source>
        <translation>
            <numerusform>%n Aufruf ist am Upstream gescheitert (nicht erreichbar, Zeitüberschreitung oder abgebrochen).</numerusform>
            <numerusform>%n Aufrufe sind am Upstream gescheitert (nicht erreichbar, Zeitüberschreitung oder abgebrochen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests: %1 · in flight: %2</source>
        <translation>Anfragen: %1 · in Bearbeitung: %2</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Keine Aufzeichnung</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Aufzeichnung angehalten</translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation>nicht aufgezeichnet: %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <source>invalid filter: %1</source>
        <translation>ungültiger Filter: %1</translation>
    </message>
    <message>
        <source>no trace database at %1</source>
        <translation>keine Trace-Datenbank unter %1</translation>
    </message>
    <message>
        <source>%1 calls examined, %2 costs changed (prices: %3)</source>
        <translation>%1 Aufrufe geprüft, %2 Kosten geändert (Preise: %3)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>unknown price format &apos;%1&apos; (litellm or openrouter)</source>
        <translation>unbekanntes Preisformat „%1“ (litellm oder openrouter)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 prices imported into %2 (%3 rows in all, %4 new); run &apos;tokentap reprice&apos; to update stored costs</source>
        <translation>%1 Preise in %2 importiert (insgesamt %3 Zeilen, %4 neu); führen Sie „tokentap reprice“ aus, um die gespeicherten Kosten zu aktualisieren</translation>
    </message>
</context>
<context>
    <name>MemorySecretBackend</name>
    <message>
        <source>memory</source>
        <translation>dem Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>OtlpConnectionTest</name>
    <message>
        <source>HTTP %1: the test span was accepted</source>
        <translation>HTTP %1: Der Test-Span wurde angenommen</translation>
    </message>
</context>
<context>
    <name>OtlpDestination</name>
    <message>
        <source>Braintrust</source>
        <translation>Braintrust</translation>
    </message>
    <message>
        <source>Braintrust (self-hosted)</source>
        <translation>Braintrust (selbst gehostet)</translation>
    </message>
    <message>
        <source>Langfuse</source>
        <translation>Langfuse</translation>
    </message>
    <message>
        <source>Phoenix</source>
        <translation>Phoenix</translation>
    </message>
    <message>
        <source>Local collector</source>
        <translation>Lokaler Collector</translation>
    </message>
    <message>
        <source>OTLP endpoint</source>
        <translation>OTLP-Endpunkt</translation>
    </message>
    <message>
        <source>the destination has no id</source>
        <translation>das Ziel hat keine ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>„%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>the sampling rate must be between 0 and 1</source>
        <translation>die Sampling-Rate muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>invalid filter: %1</source>
        <translation>ungültiger Filter: %1</translation>
    </message>
    <message>
        <source>invalid header &apos;%1&apos;</source>
        <translation>ungültiger Header „%1“</translation>
    </message>
</context>
<context>
    <name>OtlpDestinationTableModel</name>
    <message>
        <source>%1 queued · %2 sent · %3 failed</source>
        <translation>%1 in Warteschlange · %2 gesendet · %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source> · retrying</source>
        <translation> · wird wiederholt</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>noch nichts gesendet</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OtlpExportService</name>
    <message>
        <source>export needs calls to be recorded, and recording is off</source>
        <translation>der Export erfordert die Aufzeichnung von Aufrufen, und die Aufzeichnung ist aus</translation>
    </message>
    <message>
        <source>export is not running</source>
        <translation>der Export läuft nicht</translation>
    </message>
    <message>
        <source>no enabled destination &apos;%1&apos;</source>
        <translation>kein aktiviertes Ziel „%1“</translation>
    </message>
</context>
<context>
    <name>OtlpExporter</name>
    <message numerus="yes">
        <source>%n calls were deleted before they could be sent</source>
        <translation>
            <numerusform>%n Aufruf wurde gelöscht, bevor er gesendet werden konnte</numerusform>
            <numerusform>%n Aufrufe wurden gelöscht, bevor sie gesendet werden konnten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtlpHttp</name>
    <message numerus="yes">
        <source>%n spans rejected</source>
        <translation>
            <numerusform>%n Span abgelehnt</numerusform>
            <numerusform>%n Spans abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>OtlpHttpClient</name>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>bad HTTP answer: %1</source>
        <translation>ungültige HTTP-Antwort: %1</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort vollständig war</translation>
    </message>
</context>
<context>
    <name>PriceImport</name>
    <message>
        <source>LiteLLM price list has no model with &quot;input_cost_per_token&quot;</source>
        <translation>LiteLLM-Preisliste enthält kein Modell mit &quot;input_cost_per_token&quot;</translation>
    </message>
    <message>
        <source>OpenRouter model list has no &quot;data&quot; array</source>
        <translation>OpenRouter-Modellliste enthält kein &quot;data&quot;-Array</translation>
    </message>
    <message>
        <source>OpenRouter model list has no model with a prompt price</source>
        <translation>OpenRouter-Modellliste enthält kein Modell mit einem Prompt-Preis</translation>
    </message>
    <message>
        <source>Price list is not valid JSON: %1 (at offset %2)</source>
        <translation>Preisliste ist kein gültiges JSON: %1 (bei Offset %2)</translation>
    </message>
    <message>
        <source>Price list must be a JSON object</source>
        <translation>Preisliste muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>Price table is not valid JSON: %1 (at offset %2)</source>
        <translation>Die Preistabelle ist kein gültiges JSON: %1 (bei Offset %2)</translation>
    </message>
    <message>
        <source>Price table must be a JSON object</source>
        <translation>Die Preistabelle muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Price table has no &quot;format&quot; field (expected 1)</source>
        <translation>Die Preistabelle hat kein Feld &quot;format&quot; (erwartet: 1)</translation>
    </message>
    <message>
        <source>Price table format %1 is not supported (expected 1)</source>
        <translation>Das Preistabellenformat %1 wird nicht unterstützt (erwartet: 1)</translation>
    </message>
    <message>
        <source>Price table currency must be &quot;USD&quot;, not &quot;%1&quot;</source>
        <translation>Die Währung der Preistabelle muss &quot;USD&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Price table unit must be &quot;per_1m_tokens&quot;, not &quot;%1&quot;</source>
        <translation>Die Einheit der Preistabelle muss &quot;per_1m_tokens&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Price table field &quot;updated&quot; must be a date string</source>
        <translation>Das Feld &quot;updated&quot; der Preistabelle muss ein Datums-String sein</translation>
    </message>
    <message>
        <source>Price table has no &quot;models&quot; array</source>
        <translation>Die Preistabelle hat kein Array &quot;models&quot;</translation>
    </message>
    <message>
        <source>Price table models[%1]: expected an object</source>
        <translation>Preistabelle models[%1]: Objekt erwartet</translation>
    </message>
    <message>
        <source>Price table %1: provider &quot;%2&quot; and id &quot;%3&quot; repeat models[%4]</source>
        <translation>Preistabelle %1: Anbieter &quot;%2&quot; und ID &quot;%3&quot; wiederholen models[%4]</translation>
    </message>
    <message>
        <source>expected a number of USD per million tokens, 0 or more, or null</source>
        <translation>erwartet: eine Zahl in USD pro Million Token (0 oder mehr) oder null</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>erwartet: ein nicht leerer String</translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation>erwartet: ein String oder null</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet: true oder false</translation>
    </message>
    <message>
        <source>expected an array of non-empty strings</source>
        <translation>erwartet: ein Array nicht leerer Strings</translation>
    </message>
    <message>
        <source>expected a whole number of tokens, 0 or more</source>
        <translation>erwartet: eine ganze Zahl von Token (0 oder mehr)</translation>
    </message>
    <message>
        <source>Price table %1, field &quot;%2&quot;: %3</source>
        <translation>Preistabelle %1, Feld &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>expected an array of objects</source>
        <translation>erwartet: ein Array von Objekten</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>USD per million tokens</source>
        <translation>USD pro Million Token</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Zwischengespeicherte Eingabe</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Auch: %1</translation>
    </message>
    <message>
        <source>Prices every model whose name starts with %1</source>
        <translation>Gilt für alle Modelle, deren Name mit %1 beginnt</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Modus: %1</translation>
    </message>
    <message>
        <source>1-hour cache write: %1</source>
        <translation>Cache-Schreiben (1 Stunde): %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>From %1 input tokens: %2</source>
        <translation>Ab %1 Eingabe-Token: %2</translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>Hidden from lookups</source>
        <translation>Wird bei der Preissuche nicht berücksichtigt</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>PricingSettingsPage</name>
    <message>
        <source>Built-in prices (USD per million tokens)</source>
        <translation>Integrierte Preise (USD pro Million Token)</translation>
    </message>
    <message>
        <source>Search model, alias or provider</source>
        <translation>Modell, Alias oder Anbieter suchen</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Copy the selected model into your overrides to change its prices</source>
        <translation>Das ausgewählte Modell in Ihre Überschreibungen kopieren, um seine Preise zu ändern</translation>
    </message>
    <message>
        <source>Your overrides</source>
        <translation>Ihre Überschreibungen</translation>
    </message>
    <message>
        <source>They win over the built-in prices rate by rate; an empty rate keeps the built-in one. Saved in %1.</source>
        <translation>Sie haben Vorrang vor den integrierten Preisen, jeweils pro Preis; ein leeres Feld übernimmt den integrierten Preis. Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import price file…</source>
        <translation>Preisdatei importieren…</translation>
    </message>
    <message>
        <source>Merge a LiteLLM price list (model_prices_and_context_window.json) or OpenRouter&apos;s model list into your overrides</source>
        <translation>Eine LiteLLM-Preisliste (model_prices_and_context_window.json) oder die Modellliste von OpenRouter in Ihre Überschreibungen übernehmen</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>%1 Saving replaces the file.</source>
        <translation>%1 Beim Speichern wird die Datei ersetzt.</translation>
    </message>
    <message>
        <source>Override %1 has no model id.</source>
        <translation>Überschreibung %1 hat keine Modell-ID.</translation>
    </message>
    <message>
        <source>%1: a price cannot be negative.</source>
        <translation>%1: Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 is overridden twice.</source>
        <translation>%1 wird doppelt überschrieben.</translation>
    </message>
    <message>
        <source>%1 (%2) is overridden twice.</source>
        <translation>%1 (%2) wird doppelt überschrieben.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n prices imported from %1 (%2 new overrides); Apply saves them.</source>
        <translation>
            <numerusform>%n Preis aus %1 importiert (%2 neue Überschreibungen); „Anwenden“ speichert ihn.</numerusform>
            <numerusform>%n Preise aus %1 importiert (%2 neue Überschreibungen); „Anwenden“ speichert sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import price file</source>
        <translation>Preisdatei importieren</translation>
    </message>
    <message>
        <source>Price lists (*.json);;All files (*)</source>
        <translation>Preislisten (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ProxyServer</name>
    <message>
        <source>cannot listen on %1: listening beyond this computer needs an access token</source>
        <translation>kann nicht auf %1 lauschen: Lauschen über diesen Computer hinaus erfordert ein Zugriffstoken</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>the proxy is not running; the settings apply when it starts</source>
        <translation>der Proxy läuft nicht; die Einstellungen gelten, sobald er startet</translation>
    </message>
    <message>
        <source>listening beyond this computer needs an access token</source>
        <translation>Lauschen über diesen Computer hinaus erfordert ein Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>ProxySettingsPage</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1 (nur dieser Computer)</translation>
    </message>
    <message>
        <source>::1 (this computer only, IPv6)</source>
        <translation>::1 (nur dieser Computer, IPv6)</translation>
    </message>
    <message>
        <source>0.0.0.0 (every network: needs an access token)</source>
        <translation>0.0.0.0 (alle Netzwerke: erfordert ein Zugriffstoken)</translation>
    </message>
    <message>
        <source>Not needed while listening on this computer only</source>
        <translation>Nicht nötig, solange nur auf diesem Computer gelauscht wird</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Largest request body:</source>
        <translation>Maximaler Anfrage-Body:</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>Verbindungs-Timeout:</translation>
    </message>
    <message>
        <source>Response timeout (until the first byte):</source>
        <translation>Antwort-Timeout (bis zum ersten Byte):</translation>
    </message>
    <message>
        <source>Stream idle timeout:</source>
        <translation>Stream-Leerlauf-Timeout:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Optional here. When set, clients must send it as the x-tokentap-key header.</source>
        <translation>Hier optional. Wenn gesetzt, müssen Clients es im Header x-tokentap-key senden.</translation>
    </message>
    <message>
        <source>Required: other machines can reach this port, and the proxy injects your API keys. Clients send the token as the x-tokentap-key header.</source>
        <translation>Erforderlich: Andere Rechner können diesen Port erreichen, und der Proxy fügt Ihre API-Schlüssel ein. Clients senden das Token im Header x-tokentap-key.</translation>
    </message>
</context>
<context>
    <name>ResendDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Resend call</source>
        <translation>Aufruf erneut senden</translation>
    </message>
    <message>
        <source>Leave empty when the upstream has a key configured</source>
        <translation>Leer lassen, wenn für den Upstream ein Schlüssel konfiguriert ist</translation>
    </message>
    <message>
        <source>Privacy mode: the request body was not recorded. Write the body to send.</source>
        <translation>Datenschutzmodus: Der Anfrage-Body wurde nicht aufgezeichnet. Schreiben Sie den zu sendenden Body.</translation>
    </message>
    <message>
        <source>The recorded request body was cut short (it was larger than the recording limit). Complete it to send.</source>
        <translation>Der aufgezeichnete Anfrage-Body wurde gekürzt (er war größer als das Aufzeichnungslimit). Vervollständigen Sie ihn, um ihn zu senden.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Answered %1; the call is recorded as a child of the original.</source>
        <translation>Beantwortet mit %1; der Aufruf ist als Kind des ursprünglichen Aufrufs aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>API keys could not be read from %1: %2</source>
        <translation>API-Schlüssel konnten nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>No desktop keychain answered (%1). API keys are kept in %2, encrypted for this computer and this account: anyone who can log in as you here can read them.</source>
        <translation>Kein Desktop-Schlüsselbund hat geantwortet (%1). API-Schlüssel werden in %2 gespeichert, verschlüsselt für diesen Computer und dieses Konto: Wer sich hier als Sie anmelden kann, kann sie lesen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>TokenTap Settings</source>
        <translation>TokenTap-Einstellungen</translation>
    </message>
    <message>
        <source>This run listens where --listen said; what you set here applies from the next start without --listen.</source>
        <translation>Diese Instanz lauscht dort, wo --listen es angibt; was Sie hier einstellen, gilt ab dem nächsten Start ohne --listen.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Saved. The proxy listens on %1.</source>
        <translation>Gespeichert. Der Proxy lauscht auf %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention (marked in red).</source>
        <translation>
            <numerusform>Es wurde nichts gespeichert: %n Feld muss geprüft werden (rot markiert).</numerusform>
            <numerusform>Es wurde nichts gespeichert: %n Felder müssen geprüft werden (rot markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved, but the price overrides were not: %1</source>
        <translation>Einstellungen gespeichert, die Preisüberschreibungen jedoch nicht: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation>%1 ist kein JSON: %2</translation>
    </message>
    <message>
        <source>Imported %1. Check the pages, then Apply to save.</source>
        <translation>%1 importiert. Prüfen Sie die Seiten und speichern Sie dann mit „Anwenden“.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation>Einstellungen importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Einstellungen exportieren</translation>
    </message>
    <message>
        <source>Exported to %1 (without keys or tokens).</source>
        <translation>Nach %1 exportiert (ohne Schlüssel und Zugriffstoken).</translation>
    </message>
    <message>
        <source>This run also uses the upstreams the command line gave (%1), which take the place of any here with the same name; what you set here applies from the next start without them.</source>
        <translation>Dieser Lauf verwendet auch die Upstreams aus der Befehlszeile (%1), die gleichnamige hier ersetzen; was Sie hier einstellen, gilt ab dem nächsten Start ohne sie.</translation>
    </message>
</context>
<context>
    <name>SettingsJson</name>
    <message>
        <source>invalid key &apos;%1&apos;</source>
        <translation>ungültiger Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; mixes objects and values</source>
        <translation>&apos;%1&apos; mischt Objekte und Werte</translation>
    </message>
</context>
<context>
    <name>SpanTreeModel</name>
    <message>
        <source>(unnamed call)</source>
        <translation>(unbenannter Aufruf)</translation>
    </message>
    <message>
        <source>Starts at +%1</source>
        <translation>Beginnt bei +%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private to the user</source>
        <translation>%1 kann nicht auf den Benutzer beschränkt werden</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging on this file system</source>
        <translation>%1 kann auf diesem Dateisystem kein Write-Ahead-Logging verwenden</translation>
    </message>
    <message>
        <source>cannot read the schema version of the %1</source>
        <translation>die Schemaversion der %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the %1 has schema version %2, newer than this TokenTap understands (%3); use a newer TokenTap</source>
        <translation>die %1 hat die Schemaversion %2, neuer als diese TokenTap-Version unterstützt (%3); verwenden Sie eine neuere TokenTap-Version</translation>
    </message>
    <message>
        <source>no SQLite handle behind the %1</source>
        <translation>kein SQLite-Handle hinter der %1</translation>
    </message>
</context>
<context>
    <name>StreamEventsView</name>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Select an event to see its data.</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Daten zu sehen.</translation>
    </message>
    <message>
        <source>Assembled result</source>
        <translation>Zusammengesetztes Ergebnis</translation>
    </message>
    <message>
        <source>This call was recorded in privacy mode: its events were not stored.</source>
        <translation>Dieser Aufruf wurde im Datenschutzmodus aufgezeichnet: Seine Ereignisse wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>This response was not streamed.</source>
        <translation>Diese Antwort wurde nicht gestreamt.</translation>
    </message>
    <message>
        <source>The response holds no complete events.</source>
        <translation>Die Antwort enthält keine vollständigen Ereignisse.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>(arrival times were not recorded)</source>
        <translation>(Ankunftszeiten wurden nicht aufgezeichnet)</translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation>erstes Token nach %1 ms</translation>
    </message>
    <message>
        <source>the response was truncated when it was recorded</source>
        <translation>die Antwort wurde bei der Aufzeichnung gekürzt</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Reasoning:</translation>
    </message>
    <message>
        <source>Tool call: %1 %2</source>
        <translation>Tool-Aufruf: %1 %2</translation>
    </message>
    <message>
        <source>Upstream error: %1</source>
        <translation>Upstream-Fehler: %1</translation>
    </message>
    <message>
        <source>Finish reason: %1</source>
        <translation>Abschlussgrund: %1</translation>
    </message>
</context>
<context>
    <name>TimeScale</name>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>TimingBars</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Total duration: %1</source>
        <translation>Gesamtdauer: %1</translation>
    </message>
    <message>
        <source>Time to first byte: %1</source>
        <translation>Zeit bis zum ersten Byte: %1</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>nicht gestreamt</translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation>Zeit bis zum ersten Token: %1</translation>
    </message>
    <message>
        <source>Output tokens per second: %1</source>
        <translation>Ausgabe-Token pro Sekunde: %1</translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation>Kein Aufruf ausgewählt</translation>
    </message>
</context>
<context>
    <name>TraceBrowser</name>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>T&amp;race</source>
        <translation>T&amp;race</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n call(s).</source>
        <translation>
            <numerusform>%n Aufruf gelöscht.</numerusform>
            <numerusform>%n Aufrufe gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Als &amp;cURL kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;request JSON</source>
        <translation>&amp;Anfrage-JSON kopieren</translation>
    </message>
    <message>
        <source>Copy re&amp;sponse JSON</source>
        <translation>A&amp;ntwort-JSON kopieren</translation>
    </message>
    <message>
        <source>R&amp;esend…</source>
        <translation>&amp;Erneut senden…</translation>
    </message>
    <message>
        <source>Com&amp;pare the two selected calls</source>
        <translation>Die beiden ausgewählten Aufrufe &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Filter on this value</source>
        <translation>Nach diesem Wert &amp;filtern</translation>
    </message>
    <message>
        <source>E&amp;xclude this value</source>
        <translation>Diesen Wert a&amp;usschließen</translation>
    </message>
    <message>
        <source>&amp;Delete selected calls…</source>
        <translation>Ausgewählte Aufrufe &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Filter on %1</source>
        <translation>Nach %1 &amp;filtern</translation>
    </message>
    <message>
        <source>E&amp;xclude %1</source>
        <translation>%1 a&amp;usschließen</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <source>Copied as cURL without a body: privacy mode recorded none.</source>
        <translation>Als cURL ohne Body kopiert: Im Datenschutzmodus wurde keiner aufgezeichnet.</translation>
    </message>
    <message>
        <source>Copied as cURL; the body is cut short as it was recorded.</source>
        <translation>Als cURL kopiert; der Body ist so gekürzt, wie er aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>Copied as cURL; the API key is $%1.</source>
        <translation>Als cURL kopiert; der API-Schlüssel kommt aus $%1.</translation>
    </message>
    <message>
        <source>Copied the request body.</source>
        <translation>Anfrage-Body kopiert.</translation>
    </message>
    <message>
        <source>Copied the response body.</source>
        <translation>Antwort-Body kopiert.</translation>
    </message>
    <message>
        <source>Delete calls</source>
        <translation>Aufrufe löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n call(s) from the trace store? This cannot be undone.</source>
        <translation>
            <numerusform>%n Aufruf aus dem Trace-Speicher löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Aufrufe aus dem Trace-Speicher löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus the filter (Esc clears it)</source>
        <translation>Filter fokussieren (Esc leert ihn)</translation>
    </message>
    <message>
        <source>J / K, arrows</source>
        <translation>J / K, Pfeiltasten</translation>
    </message>
    <message>
        <source>Next / previous call</source>
        <translation>Nächster / vorheriger Aufruf</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the call&apos;s conversation</source>
        <translation>Unterhaltung des Aufrufs öffnen</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>Resend the call</source>
        <translation>Aufruf erneut senden</translation>
    </message>
    <message>
        <source>Compare the two selected calls</source>
        <translation>Die beiden ausgewählten Aufrufe vergleichen</translation>
    </message>
    <message>
        <source>Delete the selected calls</source>
        <translation>Ausgewählte Aufrufe löschen</translation>
    </message>
    <message>
        <source>Clear the view (nothing is deleted)</source>
        <translation>Ansicht leeren (nichts wird gelöscht)</translation>
    </message>
    <message>
        <source>Export all, filtered or selected calls</source>
        <translation>Alle, gefilterte oder ausgewählte Aufrufe exportieren</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <source>Zoom the trace timeline</source>
        <translation>Zeitachse der Trace zoomen</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Send to</source>
        <translation>&amp;Senden an</translation>
    </message>
    <message>
        <source>No export destination is enabled (Settings → Export)</source>
        <translation>Kein Exportziel ist aktiviert (Einstellungen → Export)</translation>
    </message>
    <message>
        <source>Select the calls to send first.</source>
        <translation>Wählen Sie zuerst die zu sendenden Aufrufe aus.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) queued for %1</source>
        <translation>
            <numerusform>%n Aufruf für %1 in die Warteschlange gestellt</numerusform>
            <numerusform>%n Aufrufe für %1 in die Warteschlange gestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as cURL.</source>
        <translation>Als cURL kopiert.</translation>
    </message>
    <message>
        <source>Show all calls again</source>
        <translation>Alle Aufrufe wieder anzeigen</translation>
    </message>
    <message>
        <source>The calls</source>
        <translation>Die Aufrufe</translation>
    </message>
    <message>
        <source>The usage dashboard</source>
        <translation>Die Nutzungsübersicht</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TraceFilter</name>
    <message>
        <source>unknown alias &apos;%1&apos;</source>
        <translation>unbekannter Alias &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; benötigt einen Wert</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; known fields: %2</source>
        <translation>unbekanntes Feld &apos;%1&apos;; bekannte Felder: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for %2</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert für %2</translation>
    </message>
    <message>
        <source>a quoted phrase is not closed</source>
        <translation>eine Phrase in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a filter term; did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; ist kein Filterbegriff; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: terms are all required and cannot be grouped; there is no OR (quote it to search for it)</source>
        <translation>&apos;%1&apos;: alle Begriffe müssen zutreffen und lassen sich nicht gruppieren; es gibt kein ODER (in Anführungszeichen wird danach gesucht)</translation>
    </message>
</context>
<context>
    <name>TraceLoader</name>
    <message>
        <source>No calls recorded yet.</source>
        <translation>Noch keine Aufrufe aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>TraceReader</name>
    <message>
        <source>%1 holds no traces</source>
        <translation>%1 enthält keine Traces</translation>
    </message>
    <message>
        <source>no call with id %1</source>
        <translation>kein Aufruf mit ID %1</translation>
    </message>
    <message>
        <source>the trace database is not open</source>
        <translation>die Trace-Datenbank ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>TraceSchema</name>
    <message>
        <source>trace database</source>
        <translation>Trace-Datenbank</translation>
    </message>
</context>
<context>
    <name>TraceStore</name>
    <message>
        <source>no SQLite handle behind %1</source>
        <translation>kein SQLite-Handle hinter %1</translation>
    </message>
    <message>
        <source>the trace store is not open</source>
        <translation>der Trace-Speicher ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>TraceTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>When the call started. Calls are listed in the order they were recorded.</source>
        <translation>Beginn des Aufrufs. Aufrufe werden in der Reihenfolge ihrer Aufzeichnung aufgelistet.</translation>
    </message>
    <message>
        <source>Input tokens, cached ones included</source>
        <translation>Eingabe-Token, zwischengespeicherte eingeschlossen</translation>
    </message>
    <message>
        <source>Output tokens, reasoning included</source>
        <translation>Ausgabe-Token, Reasoning eingeschlossen</translation>
    </message>
    <message>
        <source>Time to the first generated token</source>
        <translation>Zeit bis zum ersten generierten Token</translation>
    </message>
    <message>
        <source>Response cache: HIT, MISS or BYPASS</source>
        <translation>Antwort-Cache: HIT, MISS oder BYPASS</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Requested %1, answered by %2</source>
        <translation>Angefragt: %1, beantwortet von %2</translation>
    </message>
    <message>
        <source>Answered from the cache; saved %1</source>
        <translation>Aus dem Cache beantwortet; %1 gespart</translation>
    </message>
    <message>
        <source>Priced as %1</source>
        <translation>Berechnet mit dem Preis von %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel over the timeline)</source>
        <translation>Vergrößern (Strg+Mausrad über der Zeitachse)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel over the timeline)</source>
        <translation>Verkleinern (Strg+Mausrad über der Zeitachse)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole trace</source>
        <translation>Gesamte Trace anzeigen</translation>
    </message>
</context>
<context>
    <name>TraceWriter</name>
    <message>
        <source>cannot create the store&apos;s wake-up: %1</source>
        <translation>das Wecksignal des Trace-Speichers lässt sich nicht anlegen: %1</translation>
    </message>
</context>
<context>
    <name>TracingSettingsPage</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Record calls</source>
        <translation>Aufrufe aufzeichnen</translation>
    </message>
    <message>
        <source>Privacy mode: keep metrics only, no bodies or message text</source>
        <translation>Datenschutzmodus: nur Metriken speichern, keine Bodys oder Nachrichtentexte</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Keep calls for:</source>
        <translation>Aufrufe aufbewahren für:</translation>
    </message>
    <message>
        <source>Largest database:</source>
        <translation>Maximale Datenbankgröße:</translation>
    </message>
    <message>
        <source>Record bodies up to:</source>
        <translation>Bodys aufzeichnen bis:</translation>
    </message>
    <message>
        <source>Per-user policies (the user comes from x-tokentap-user or the body&apos;s user field); after their date the defaults above apply again:</source>
        <translation>Richtlinien pro Benutzer (der Benutzer stammt aus x-tokentap-user oder dem Feld user im Body); nach ihrem Datum gelten wieder die obigen Standardwerte:</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete all traces…</source>
        <translation>Alle Traces löschen…</translation>
    </message>
    <message>
        <source>Tracing &amp; privacy</source>
        <translation>Tracing &amp; Datenschutz</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <source>Don&apos;t record</source>
        <translation>Nicht aufzeichnen</translation>
    </message>
    <message>
        <source>Metrics only</source>
        <translation>Nur Metriken</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Umgangen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Delete all traces</source>
        <translation>Alle Traces löschen</translation>
    </message>
    <message>
        <source>Delete every recorded call? This cannot be undone.</source>
        <translation>Alle aufgezeichneten Aufrufe löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Open TokenTap</source>
        <translation>TokenTap öffnen</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Aufzeichnung pausieren</translation>
    </message>
    <message>
        <source>Pause proxy</source>
        <translation>Proxy pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n more upstream error(s) since the last notice.</source>
        <translation>
            <numerusform>%n weiterer Upstream-Fehler seit der letzten Meldung.</numerusform>
            <numerusform>%n weitere Upstream-Fehler seit der letzten Meldung.</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenTap: running</source>
        <translation>TokenTap: läuft</translation>
    </message>
    <message>
        <source>TokenTap: proxy paused</source>
        <translation>TokenTap: Proxy pausiert</translation>
    </message>
    <message>
        <source>Resume proxy</source>
        <translation>Proxy fortsetzen</translation>
    </message>
    <message>
        <source>TokenTap: error</source>
        <translation>TokenTap: Fehler</translation>
    </message>
    <message>
        <source>Resume recording</source>
        <translation>Aufzeichnung fortsetzen</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Aufzeichnung pausiert</translation>
    </message>
</context>
<context>
    <name>Upstream</name>
    <message>
        <source>invalid upstream name &apos;%1&apos; (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>ungültiger Upstream-Name &apos;%1&apos; (erlaubt sind Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;)</translation>
    </message>
    <message>
        <source>invalid upstream URL &apos;%1&apos;</source>
        <translation>ungültige Upstream-URL &apos;%1&apos;</translation>
    </message>
    <message>
        <source>upstream URL &apos;%1&apos; must start with http:// or https://</source>
        <translation>Upstream-URL &apos;%1&apos; muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>upstream URL &apos;%1&apos; must not carry a query, fragment or user info</source>
        <translation>Upstream-URL &apos;%1&apos; darf keine Query, kein Fragment und keine Benutzerinformationen enthalten</translation>
    </message>
</context>
<context>
    <name>UpstreamPool</name>
    <message>
        <source>no PEM certificate could be read from %1</source>
        <translation>aus %1 konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
</context>
<context>
    <name>UpstreamProbe</name>
    <message numerus="yes">
        <source>%1: %n models</source>
        <translation>
            <numerusform>%1: %n Modell</numerusform>
            <numerusform>%1: %n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the upstream answered</source>
        <translation>%1: Der Upstream hat geantwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>UpstreamSettings</name>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>Braintrust AI proxy</source>
        <translation>Braintrust-AI-Proxy</translation>
    </message>
    <message>
        <source>Ollama (local)</source>
        <translation>Ollama (lokal)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>UpstreamsSettingsPage</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Calls to /v1/… go here (the default upstream)</source>
        <translation>Aufrufe an /v1/… gehen hierhin (der Standard-Upstream)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Empty: the client&apos;s own key is forwarded</source>
        <translation>Leer: Der eigene Schlüssel des Clients wird weitergeleitet</translation>
    </message>
    <message>
        <source>One per line, e.g. HTTP-Referer: https://example.com</source>
        <translation>Einer pro Zeile, z. B. HTTP-Referer: https://example.com</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Extra headers:</source>
        <translation>Zusätzliche Header:</translation>
    </message>
    <message>
        <source>Works. </source>
        <translation>Funktioniert. </translation>
    </message>
    <message>
        <source>Failed. </source>
        <translation>Fehlgeschlagen. </translation>
    </message>
    <message>
        <source>Upstreams</source>
        <translation>Upstreams</translation>
    </message>
    <message>
        <source>client&apos;s own</source>
        <translation>des Clients</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Modelle werden von %1 abgefragt…</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>Cost per day by model</source>
        <translation>Kosten pro Tag nach Modell</translation>
    </message>
    <message numerus="yes">
        <source> (%n call(s) of unknown cost not counted)</source>
        <translation>
            <numerusform> (%n Aufruf mit unbekannten Kosten nicht mitgezählt)</numerusform>
            <numerusform> (%n Aufrufe mit unbekannten Kosten nicht mitgezählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>(kein Modell)</translation>
    </message>
    <message>
        <source>Other models</source>
        <translation>Andere Modelle</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>Token pro Tag</translation>
    </message>
    <message>
        <source>million tokens</source>
        <translation>Millionen Token</translation>
    </message>
    <message>
        <source>thousand tokens</source>
        <translation>Tausend Token</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Uncached input</source>
        <translation>Nicht zwischengespeicherte Eingabe</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Zwischengespeicherte Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Latency per model (successful calls answered upstream)</source>
        <translation>Latenz pro Modell (erfolgreiche, vom Upstream beantwortete Aufrufe)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>No call went through the cache</source>
        <translation>Kein Aufruf lief über den Cache</translation>
    </message>
    <message>
        <source>Cache: %1 hit rate, %2 saved</source>
        <translation>Cache: Trefferquote %1, %2 gespart</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Fehltreffer</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Umgangen</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date on the charts&apos; axis</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date on the charts&apos; axis</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>UsageDashboard</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Diagramm als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Top users</source>
        <translation>Top-Benutzer</translation>
    </message>
    <message>
        <source>Users as clients name them (the x-tokentap-user header or the request&apos;s user field), most expensive first.</source>
        <translation>Benutzer, wie Clients sie benennen (Header x-tokentap-user oder Feld user der Anfrage), die teuersten zuerst.</translation>
    </message>
    <message>
        <source>Top sessions</source>
        <translation>Top-Sitzungen</translation>
    </message>
    <message>
        <source>Sessions (x-tokentap-session-id), most expensive first.</source>
        <translation>Sitzungen (x-tokentap-session-id), die teuersten zuerst.</translation>
    </message>
    <message>
        <source>Repeated requests</source>
        <translation>Wiederholte Anfragen</translation>
    </message>
    <message>
        <source>Identical requests (same URL and body) sent more than once. If their answers may be reused, turn the cache on for them (x-bt-use-cache: always) to stop paying for each repeat. Double-click a row to see its newest call.</source>
        <translation>Identische Anfragen (gleiche URL und gleicher Body), die mehr als einmal gesendet wurden. Wenn ihre Antworten wiederverwendet werden dürfen, aktivieren Sie den Cache für sie (x-bt-use-cache: always), damit Sie nicht für jede Wiederholung bezahlen. Doppelklicken Sie auf eine Zeile, um ihren neuesten Aufruf zu sehen.</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Wird summiert…</translation>
    </message>
    <message>
        <source>No calls in this range.</source>
        <translation>Keine Aufrufe in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %3 spent on %n call(s)</source>
        <translation>
            <numerusform>%1 bis %2: %3 für %n Aufruf ausgegeben</numerusform>
            <numerusform>%1 bis %2: %3 für %n Aufrufe ausgegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of unknown cost not counted</source>
        <translation>
            <numerusform>, %n mit unbekannten Kosten nicht mitgezählt</numerusform>
            <numerusform>, %n mit unbekannten Kosten nicht mitgezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>. Cache hit rate %1, %2 saved.</source>
        <translation>. Cache-Trefferquote %1, %2 gespart.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Reading latency, users, sessions and repeated requests…</source>
        <translation>Latenz, Benutzer, Sitzungen und wiederholte Anfragen werden gelesen…</translation>
    </message>
</context>
<context>
    <name>UsageStats</name>
    <message>
        <source>the trace database is not open</source>
        <translation>die Trace-Datenbank ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>UsageTables</name>
    <message>
        <source>(no model)</source>
        <translation>(kein Modell)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Calls of unknown cost</source>
        <translation>Aufrufe mit unbekannten Kosten</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input (cached included)</source>
        <translation>Eingabe (inkl. zwischengespeicherter)</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Zwischengespeicherte Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Calls answered from the cache</source>
        <translation>Aus dem Cache beantwortete Aufrufe</translation>
    </message>
    <message>
        <source>Calls sent upstream (misses)</source>
        <translation>An den Upstream gesendete Aufrufe (nicht im Cache)</translation>
    </message>
    <message>
        <source>Calls bypassing the cache</source>
        <translation>Aufrufe am Cache vorbei</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespart</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation>Wie oft gesendet</translation>
    </message>
    <message>
        <source>Answered from the cache</source>
        <translation>Aus dem Cache beantwortet</translation>
    </message>
    <message>
        <source>Request hash</source>
        <translation>Anfrage-Hash</translation>
    </message>
    <message>
        <source>Newest call</source>
        <translation>Neuester Aufruf</translation>
    </message>
</context>
<context>
    <name>UserPriceFile</name>
    <message>
        <source>Cannot read the price overrides %1: %2</source>
        <translation>Die Preisüberschreibungen %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Price overrides %1: %2</source>
        <translation>Preisüberschreibungen %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot write the price overrides %1: %2</source>
        <translation>Die Preisüberschreibungen %1 können nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>
