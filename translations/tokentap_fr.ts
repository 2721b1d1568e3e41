<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppSettings</name>
    <message>
        <source>This is not a TokenTap settings file.</source>
        <translation>Ce fichier n&apos;est pas un fichier de paramètres TokenTap.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address (e.g. 127.0.0.1, ::1 or 0.0.0.0).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP (p. ex. 127.0.0.1, ::1 ou 0.0.0.0).</translation>
    </message>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation>Choisissez un port entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Listening beyond this computer needs an access token of at least %1 characters that clients send as x-tokentap-key.</source>
        <translation>Écouter au-delà de cet ordinateur nécessite un jeton d&apos;accès d&apos;au moins %1 caractères, que les clients envoient dans x-tokentap-key.</translation>
    </message>
    <message>
        <source>The access token must not contain line breaks.</source>
        <translation>Le jeton d&apos;accès ne doit pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>The body size limit must be between 1 and 4096 MiB.</source>
        <translation>La limite de taille du corps doit être comprise entre 1 et 4096 MiB.</translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 and 3600 seconds.</source>
        <translation>Le délai de connexion doit être compris entre 1 et 3600 secondes.</translation>
    </message>
    <message>
        <source>The response timeout must be between 1 and 86400 seconds.</source>
        <translation>Le délai de réponse doit être compris entre 1 et 86400 secondes.</translation>
    </message>
    <message>
        <source>The stream idle timeout must be between 1 and 86400 seconds.</source>
        <translation>Le délai d&apos;inactivité du flux doit être compris entre 1 et 86400 secondes.</translation>
    </message>
    <message>
        <source>A header value must not contain line breaks.</source>
        <translation>Une valeur d&apos;en-tête ne doit pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an upstream name: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un nom de serveur amont&#xa0;: utilisez des lettres, des chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>Another upstream is already called &apos;%1&apos;.</source>
        <translation>Un autre serveur amont s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The API key must not contain line breaks.</source>
        <translation>La clé d&apos;API ne doit pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>Add at least one upstream.</source>
        <translation>Ajoutez au moins un serveur amont.</translation>
    </message>
    <message>
        <source>Mark one upstream as the default.</source>
        <translation>Définissez un serveur amont par défaut.</translation>
    </message>
    <message>
        <source>There is no upstream called &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun serveur amont nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The time to live must be between 1 second and 7 days.</source>
        <translation>La durée de vie doit être comprise entre 1 seconde et 7 jours.</translation>
    </message>
    <message>
        <source>The cache needs at least 1 MiB.</source>
        <translation>Le cache nécessite au moins 1 MiB.</translation>
    </message>
    <message>
        <source>Retention days cannot be negative.</source>
        <translation>Le nombre de jours de conservation ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The maximum size cannot be negative.</source>
        <translation>La taille maximale ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Recorded bodies need room for at least 1 KiB.</source>
        <translation>Les corps enregistrés doivent disposer d&apos;au moins 1 KiB.</translation>
    </message>
    <message>
        <source>A user policy needs a user name.</source>
        <translation>Une règle utilisateur nécessite un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has two policies.</source>
        <translation>«&#xa0;%1&#xa0;» a deux règles.</translation>
    </message>
    <message>
        <source>Two destinations share the id &apos;%1&apos;.</source>
        <translation>Deux destinations partagent l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CacheSettingsPage</name>
    <message>
        <source>Replay cached streams at their original speed</source>
        <translation>Relire les flux en cache à leur vitesse d&apos;origine</translation>
    </message>
    <message>
        <source>auto: deterministic calls (temperature 0 or a seed), embeddings</source>
        <translation>auto&#xa0;: appels déterministes (température 0 ou seed), embeddings</translation>
    </message>
    <message>
        <source>always: every cacheable call</source>
        <translation>always&#xa0;: tout appel pouvant être mis en cache</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Calls may choose for themselves with the x-bt-use-cache and x-bt-cache-ttl headers; these are the defaults.</source>
        <translation>Chaque appel peut choisir lui-même avec les en-têtes x-bt-use-cache et x-bt-cache-ttl&#xa0;; voici les valeurs par défaut.</translation>
    </message>
    <message>
        <source>Default mode:</source>
        <translation>Mode par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Keep entries for:</source>
        <translation>Conserver les entrées pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Size cap:</source>
        <translation>Taille maximale&#xa0;:</translation>
    </message>
    <message>
        <source>Statistics:</source>
        <translation>Statistiques&#xa0;:</translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation>Vider le cache…</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>The cache is off: its file could not be opened.</source>
        <translation>Le cache est désactivé&#xa0;: son fichier n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>%1 entries, %2
%3 hits and %4 misses since start (%5 hit rate), %6 saved</source>
        <translation>%1 entrées, %2
%3 succès et %4 défauts de cache depuis le démarrage (taux de succès&#xa0;: %5), %6 économisés</translation>
    </message>
    <message>
        <source>no</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>Remove every cached response? Calls will go upstream again until the cache fills up.</source>
        <translation>Supprimer toutes les réponses en cache&#xa0;? Les appels repartiront vers le serveur amont jusqu&apos;à ce que le cache se remplisse de nouveau.</translation>
    </message>
    <message>
        <source>Cleared.</source>
        <translation>Cache vidé.</translation>
    </message>
</context>
<context>
    <name>CacheStore</name>
    <message>
        <source>cache database</source>
        <translation>base de données du cache</translation>
    </message>
    <message>
        <source>the cache store is not open</source>
        <translation>le magasin du cache n&apos;est pas ouvert</translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Request headers (as the client sent them, credentials redacted)</source>
        <translation>En-têtes de requête (tels que le client les a envoyés, identifiants masqués)</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de réponse</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Re&amp;quête</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>Ré&amp;ponse</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>En-&amp;têtes</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Minutage</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>C&amp;oût</translation>
    </message>
    <message>
        <source>Select a call to see it here.</source>
        <translation>Sélectionnez un appel pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>Privacy mode: no content was recorded for this call.</source>
        <translation>Mode confidentialité&#xa0;: aucun contenu n&apos;a été enregistré pour cet appel.</translation>
    </message>
    <message>
        <source>The request body was larger than the recording limit; what is shown is cut short.</source>
        <translation>Le corps de la requête dépassait la limite d&apos;enregistrement&#xa0;; le contenu affiché est tronqué.</translation>
    </message>
    <message>
        <source>The response body was larger than the recording limit; what is shown is cut short.</source>
        <translation>Le corps de la réponse dépassait la limite d&apos;enregistrement&#xa0;; le contenu affiché est tronqué.</translation>
    </message>
    <message>
        <source>Looking for the nearest cached request…</source>
        <translation>Recherche de la requête en cache la plus proche…</translation>
    </message>
    <message>
        <source>No cached response for this URL and model was stored: the first call of its kind, or the entries had expired or were evicted.</source>
        <translation>Aucune réponse en cache n&apos;a été stockée pour cette URL et ce modèle&#xa0;: c&apos;est le premier appel de ce type, ou les entrées avaient expiré ou ont été évincées.</translation>
    </message>
    <message>
        <source>An identical request is in the cache now (stored %1): it was stored after this call, had expired at the time, or was made with another API key (entries are kept per key).</source>
        <translation>Une requête identique est maintenant en cache (stockée le %1)&#xa0;: elle a été stockée après cet appel, avait expiré à ce moment-là ou a été faite avec une autre clé d&apos;API (les entrées sont conservées par clé).</translation>
    </message>
    <message numerus="yes">
        <source>The nearest cached request (stored %1) differs in %n place(s): %2</source>
        <translation>
            <numerusform>La requête en cache la plus proche (stockée le %1) diffère en %n endroit&#xa0;: %2</numerusform>
            <numerusform>La requête en cache la plus proche (stockée le %1) diffère en %n endroits&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>of which cached (read)</source>
        <translation>dont en cache (lecture)</translation>
    </message>
    <message>
        <source>of which cache writes</source>
        <translation>dont écritures en cache</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>of which reasoning</source>
        <translation>dont raisonnement</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Saved by the cache</source>
        <translation>Économisé grâce au cache</translation>
    </message>
    <message>
        <source>reported by the provider</source>
        <translation>indiqué par le fournisseur</translation>
    </message>
    <message>
        <source>price table %1</source>
        <translation>table des prix %1</translation>
    </message>
    <message>
        <source>unknown: no usage reported, or no price for this model</source>
        <translation>inconnue&#xa0;: aucune utilisation signalée, ou aucun prix pour ce modèle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Price row %1 (USD per million tokens)</source>
        <translation>Ligne de prix %1 (USD par million de tokens)</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Entrée en cache</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Écriture en cache</translation>
    </message>
    <message>
        <source>Reasoning output</source>
        <translation>Sortie de raisonnement</translation>
    </message>
    <message>
        <source>From %1 input tokens</source>
        <translation>À partir de %1 tokens d&apos;entrée</translation>
    </message>
    <message>
        <source>Rates from</source>
        <translation>Tarifs issus de</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not cacheable as sent (mode, Cache-Control or a non-deterministic request).</source>
        <translation>Ne peut pas être mis en cache tel qu&apos;envoyé (mode, Cache-Control ou requête non déterministe).</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>cached input %1</source>
        <translation>entrée en cache %1</translation>
    </message>
    <message>
        <source>cache write %1</source>
        <translation>écriture en cache %1</translation>
    </message>
    <message>
        <source>1-hour cache write %1</source>
        <translation>écriture en cache pour 1&#xa0;heure %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>sortie %1</translation>
    </message>
    <message>
        <source>of which kept for an hour</source>
        <translation>dont conservées une heure</translation>
    </message>
    <message>
        <source>1-hour cache write</source>
        <translation>Écriture en cache pour 1&#xa0;heure</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Pas de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prices have changed since this call was priced: the rates below are those of %1. &apos;tokentap reprice&apos; brings stored costs up to date.</source>
        <translation>Les prix ont changé depuis le calcul de cet appel&#xa0;: les tarifs ci-dessous sont ceux de %1. «&#xa0;tokentap reprice&#xa0;» met à jour les coûts enregistrés.</translation>
    </message>
</context>
<context>
    <name>CallPhases</name>
    <message>
        <source>Waiting for upstream</source>
        <translation>Attente du serveur amont</translation>
    </message>
    <message>
        <source>Until first token</source>
        <translation>Jusqu&apos;au premier token</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Réception en flux</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>This call was recorded in privacy mode: its messages were not stored.</source>
        <translation>Cet appel a été enregistré en mode confidentialité&#xa0;: ses messages n&apos;ont pas été stockés.</translation>
    </message>
    <message>
        <source>This is not a chat call (endpoint: %1), so there is no conversation to show. The request and response bodies are shown as they are.</source>
        <translation>Cet appel n&apos;est pas un appel de chat (point de terminaison&#xa0;: %1), il n&apos;y a donc aucune conversation à afficher. Les corps de la requête et de la réponse sont affichés tels quels.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The request body was truncated when it was recorded, so its messages cannot be read. The part that was kept is shown with the request body.</source>
        <translation>Le corps de la requête a été tronqué lors de l&apos;enregistrement, ses messages ne peuvent donc pas être lus. La partie conservée est affichée avec le corps de la requête.</translation>
    </message>
    <message>
        <source>No request body was recorded for this call.</source>
        <translation>Aucun corps de requête n&apos;a été enregistré pour cet appel.</translation>
    </message>
    <message>
        <source>The response was truncated when it was recorded: the reply below is incomplete.</source>
        <translation>La réponse a été tronquée lors de l&apos;enregistrement&#xa0;: le texte ci-dessous est incomplet.</translation>
    </message>
    <message>
        <source>The response body was truncated when it was recorded, so the reply cannot be shown.</source>
        <translation>Le corps de la réponse a été tronqué lors de l&apos;enregistrement, la réponse ne peut donc pas être affichée.</translation>
    </message>
    <message>
        <source>Select a call to see its conversation.</source>
        <translation>Sélectionnez un appel pour voir sa conversation.</translation>
    </message>
    <message>
        <source>Part of this call could not be read: %1.</source>
        <translation>Une partie de cet appel n&apos;a pas pu être lue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Tools declared: %1</source>
        <translation>Outils déclarés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>La requête ne contient aucun message.</translation>
    </message>
    <message>
        <source>No reply was recorded.</source>
        <translation>Aucune réponse n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Upstream error: %1</source>
        <translation>Erreur du serveur amont&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finish reason: %1</source>
        <translation>Motif de fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>[%L1 more characters, see the body]</source>
        <translation>[%L1 caractères de plus, voir le corps]</translation>
    </message>
    <message>
        <source>Assistant (reply)</source>
        <translation>Assistant (réponse)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Développeur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Résultat d&apos;outil</translation>
    </message>
    <message>
        <source>Tool result: %1</source>
        <translation>Résultat d&apos;outil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Appel d&apos;outil</translation>
    </message>
    <message>
        <source>(no content)</source>
        <translation>(aucun contenu)</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image&#xa0;: %1</translation>
    </message>
    <message>
        <source>Image (%1, %2) that could not be decoded</source>
        <translation>Image (%1, %2) impossible à décoder</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>%1 · %2×%3 px</source>
        <translation>%1 · %2×%3 px</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No reply: %1</source>
        <translation>Pas de réponse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClientSnippets</name>
    <message>
        <source>OpenAI SDKs and tools that read OPENAI_BASE_URL</source>
        <translation>SDK OpenAI et outils qui lisent OPENAI_BASE_URL</translation>
    </message>
    <message>
        <source>Anthropic SDKs and Claude Code, through the anthropic upstream: no /v1, the SDK appends /v1/messages itself</source>
        <translation>SDK Anthropic et Claude Code, via le serveur amont anthropic&#xa0;: pas de /v1, le SDK ajoute lui-même /v1/messages</translation>
    </message>
    <message>
        <source>Headers sent with every call, one per line (read by the Node SDKs and Claude Code; in Python pass default_headers)</source>
        <translation>En-têtes envoyés avec chaque appel, un par ligne (lus par les SDK Node et Claude Code&#xa0;; en Python, passez default_headers)</translation>
    </message>
    <message>
        <source>Keep OPENAI_API_KEY / ANTHROPIC_API_KEY as they are: TokenTap forwards them to the upstream.</source>
        <translation>Conservez OPENAI_API_KEY / ANTHROPIC_API_KEY tels quels&#xa0;: TokenTap les transmet au serveur amont.</translation>
    </message>
    <message>
        <source>api_key comes from OPENAI_API_KEY as usual; TokenTap forwards it.</source>
        <translation>api_key est lu depuis OPENAI_API_KEY comme d&apos;habitude&#xa0;; TokenTap le transmet.</translation>
    </message>
    <message>
        <source>apiKey comes from OPENAI_API_KEY as usual; TokenTap forwards it.</source>
        <translation>apiKey est lu depuis OPENAI_API_KEY comme d&apos;habitude&#xa0;; TokenTap le transmet.</translation>
    </message>
    <message>
        <source>No /v1 here: the SDK appends /v1/messages itself. api_key comes from ANTHROPIC_API_KEY.</source>
        <translation>Pas de /v1 ici&#xa0;: le SDK ajoute lui-même /v1/messages. api_key est lu depuis ANTHROPIC_API_KEY.</translation>
    </message>
    <message>
        <source>In Roo Code or Cline, open the settings (the gear icon):</source>
        <translation>Dans Roo Code ou Cline, ouvrez les paramètres (l&apos;icône d&apos;engrenage)&#xa0;:</translation>
    </message>
    <message>
        <source>API Provider: OpenAI Compatible</source>
        <translation>API Provider&#xa0;: OpenAI Compatible</translation>
    </message>
    <message>
        <source>Base URL: %1</source>
        <translation>Base URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>API Key: your upstream&apos;s key (TokenTap forwards it), or any text when TokenTap stores the upstream&apos;s key</source>
        <translation>API Key&#xa0;: la clé de votre serveur amont (TokenTap la transmet), ou n&apos;importe quel texte si TokenTap stocke la clé du serveur amont</translation>
    </message>
    <message>
        <source>Model ID: the upstream&apos;s model name, e.g. gpt-4o-mini</source>
        <translation>Model ID&#xa0;: le nom du modèle chez le serveur amont, p. ex. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Custom Headers: none needed (optional, e.g. x-bt-use-cache: always to cache every call)</source>
        <translation>Custom Headers&#xa0;: aucun n&apos;est nécessaire (facultatif, p. ex. x-bt-use-cache: always pour mettre en cache chaque appel)</translation>
    </message>
    <message>
        <source>Custom Headers (one row each):</source>
        <translation>Custom Headers (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
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
        <translation>Comparer des appels</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>request: %1</source>
        <translation>requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>(whole body)</source>
        <translation>(corps entier)</translation>
    </message>
    <message>
        <source>response: %1</source>
        <translation>réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The requests are identical.</source>
        <translation>Les requêtes sont identiques.</translation>
    </message>
    <message>
        <source>Where they differ:</source>
        <translation>Différences&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConnectClientPanel</name>
    <message>
        <source>Point your tool at TokenTap</source>
        <translation>Pointez votre outil vers TokenTap</translation>
    </message>
    <message>
        <source>Use this base URL instead of your provider&apos;s. TokenTap forwards each call to the upstream, records it, and lists it here as soon as it is made.</source>
        <translation>Utilisez cette URL de base à la place de celle de votre fournisseur. TokenTap transmet chaque appel au serveur amont, l&apos;enregistre et l&apos;affiche ici dès qu&apos;il est effectué.</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>Copier l&apos;URL de base</translation>
    </message>
    <message>
        <source>TokenTap accepts calls from other computers, so every client must send its access token in the %1 header, as the snippets do.</source>
        <translation>TokenTap accepte les appels provenant d&apos;autres ordinateurs&#xa0;: chaque client doit donc envoyer son jeton d&apos;accès dans l&apos;en-tête %1, comme le font les extraits.</translation>
    </message>
    <message>
        <source>Copy this snippet</source>
        <translation>Copier cet extrait</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>this call is not a chat, completion, responses or messages call</source>
        <translation>cet appel n&apos;est pas un appel chat, completion, responses ou messages</translation>
    </message>
    <message>
        <source>the request body is not a JSON object</source>
        <translation>le corps de la requête n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the response body is neither JSON nor an event stream</source>
        <translation>le corps de la réponse n&apos;est ni du JSON ni un flux d&apos;événements</translation>
    </message>
    <message>
        <source>the response stream has events that are not JSON</source>
        <translation>le flux de la réponse contient des événements qui ne sont pas du JSON</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>impossible de mettre %1 de côté sous %2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>impossible de déplacer %1 vers %2</translation>
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
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a TokenTap secrets file</source>
        <translation>%1 n&apos;est pas un fichier de secrets TokenTap</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted: it was written on another machine or by another user, or it is damaged</source>
        <translation>%1 ne peut pas être déchiffré&#xa0;: il a été écrit sur une autre machine ou par un autre utilisateur, ou il est endommagé</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>cannot encrypt the secrets</source>
        <translation>impossible de chiffrer les secrets</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>an encrypted file (%1)</source>
        <translation>un fichier chiffré (%1)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>unknown export format &apos;%1&apos; (available: %2)</source>
        <translation>format d&apos;export inconnu «&#xa0;%1&#xa0;» (disponibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>invalid filter: %1</source>
        <translation>filtre invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>no output file given (-o FILE)</source>
        <translation>aucun fichier de sortie indiqué (-o FILE)</translation>
    </message>
    <message>
        <source>no trace database at %1</source>
        <translation>aucune base de données de traces dans %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) written to %1</source>
        <translation>
            <numerusform>%n appel écrit dans %1</numerusform>
            <numerusform>%n appels écrits dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) written to %1; %2</source>
        <translation>
            <numerusform>%n exemple écrit dans %1&#xa0;; %2</numerusform>
            <numerusform>%n exemples écrits dans %1&#xa0;; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the trace database itself; choose another output file</source>
        <translation>%1 est la base de données des traces elle-même&#xa0;; choisissez un autre fichier de sortie</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Anthropic Messages shape instead of OpenAI chat</source>
        <translation>Format Messages d&apos;Anthropic au lieu du chat OpenAI</translation>
    </message>
    <message>
        <source>Leave system prompts out</source>
        <translation>Exclure les prompts système</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Exporter les appels</translation>
    </message>
    <message>
        <source>Fine-tuning examples (JSONL)</source>
        <translation>Exemples de fine-tuning (JSONL)</translation>
    </message>
    <message>
        <source>HTTP Archive (HAR 1.2)</source>
        <translation>Archive HTTP (HAR 1.2)</translation>
    </message>
    <message>
        <source>Usage table (CSV)</source>
        <translation>Tableau d&apos;utilisation (CSV)</translation>
    </message>
    <message>
        <source>OpenTelemetry spans (OTLP/JSON)</source>
        <translation>Spans OpenTelemetry (OTLP/JSON)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>All recorded calls</source>
        <translation>Tous les appels enregistrés</translation>
    </message>
    <message>
        <source>Calls matching the filter (none set)</source>
        <translation>Appels correspondant au filtre (aucun défini)</translation>
    </message>
    <message>
        <source>Calls matching the filter: %1</source>
        <translation>Appels correspondant au filtre&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected call(s)</source>
        <translation>
            <numerusform>%n appel sélectionné</numerusform>
            <numerusform>Les %n appels sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>every model; or e.g. gpt-4o*, o4-mini</source>
        <translation>tous les modèles&#xa0;; ou p. ex. gpt-4o*, o4-mini</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Only models:</source>
        <translation>Limiter aux modèles&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exporting… %L1 calls</source>
        <translation>Export en cours… %L1 appels</translation>
    </message>
</context>
<context>
    <name>ExportOutbox</name>
    <message>
        <source>the trace database is not open</source>
        <translation>la base de données des traces n&apos;est pas ouverte</translation>
    </message>
</context>
<context>
    <name>ExportSettingsPage</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>https://collector.example.com/v1/traces</source>
        <translation>https://collector.example.com/v1/traces</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>URL du point de terminaison&#xa0;:</translation>
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
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Authorization: Bearer KEY
x-bt-parent: project_id:ID</source>
        <translation>Authorization: Bearer KEY
x-bt-parent: project_id:ID</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Afficher les secrets</translation>
    </message>
    <message>
        <source>Keys in Authorization and other secret headers are shown as their last four characters until this is ticked.</source>
        <translation>Les clés dans Authorization et les autres en-têtes secrets ne montrent que leurs quatre derniers caractères tant que cette case n&apos;est pas cochée.</translation>
    </message>
    <message>
        <source>Compress requests (gzip)</source>
        <translation>Compresser les requêtes (gzip)</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Compression&#xa0;:</translation>
    </message>
    <message>
        <source>Send metrics only, never message content</source>
        <translation>N&apos;envoyer que les métriques, jamais le contenu des messages</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Confidentialité&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of traces sent; a trace is sent whole or not at all.</source>
        <translation>La part des traces envoyées&#xa0;; une trace est envoyée entière ou pas du tout.</translation>
    </message>
    <message>
        <source>Sampling:</source>
        <translation>Échantillonnage&#xa0;:</translation>
    </message>
    <message>
        <source>Every call (or a filter such as model:gpt-4o* -status:&gt;=400)</source>
        <translation>Tous les appels (ou un filtre comme model:gpt-4o* -status:&gt;=400)</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>Export calls to this destination</source>
        <translation>Exporter les appels vers cette destination</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Activé&#xa0;:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Sends one test span to this destination as edited here.</source>
        <translation>Envoie un span de test à cette destination, avec les réglages saisis ici.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Invalid filter: %1</source>
        <translation>Filtre invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export to this destination is off.</source>
        <translation>L&apos;export vers cette destination est désactivé.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Rien n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <source>Last delivery: %1</source>
        <translation>Dernier envoi réussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Dernière erreur (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: model:gpt-4o*  status:&gt;=400  cache:hit  cost:&gt;0.01  duration:&gt;2s  -user:bot  or words to search (Ctrl+F)</source>
        <translation>Filtre&#xa0;: model:gpt-4o*  status:&gt;=400  cache:hit  cost:&gt;0.01  duration:&gt;2s  -user:bot  ou des mots à rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Terms are combined with AND. Fields: %1. A bare word searches the messages; a leading - negates a term.</source>
        <translation>Les termes sont combinés par un ET logique. Champs&#xa0;: %1. Un mot seul est recherché dans les messages&#xa0;; un - devant un terme l&apos;inverse.</translation>
    </message>
</context>
<context>
    <name>FineTuneExporter</name>
    <message>
        <source>no call skipped</source>
        <translation>aucun appel ignoré</translation>
    </message>
    <message>
        <source>%1 calls skipped: %2</source>
        <translation>%1 appels ignorés&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 in privacy mode</source>
        <translation>%1 en mode confidentialité</translation>
    </message>
    <message>
        <source>%1 not conversations</source>
        <translation>%1 non conversationnels</translation>
    </message>
    <message>
        <source>%1 incomplete</source>
        <translation>%1 incomplets</translation>
    </message>
    <message>
        <source>%1 of other models</source>
        <translation>%1 d&apos;autres modèles</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>%1 doublons</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Keep the proxy running in the tray when the window closes</source>
        <translation>Garder le proxy actif dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Notify me when an upstream fails</source>
        <translation>M&apos;avertir en cas d&apos;échec d&apos;un serveur amont</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language (after a restart):</source>
        <translation>Langue (après redémarrage)&#xa0;:</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>Secrets&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>API keys and tokens are kept in %1.</source>
        <translation>Les clés d&apos;API et les jetons sont conservés dans %1.</translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message>
        <source>not a HAR file: %1 at line %2</source>
        <translation>pas un fichier HAR&#xa0;: %1 à la ligne %2</translation>
    </message>
    <message>
        <source>not a HAR file: no log.entries list</source>
        <translation>pas un fichier HAR&#xa0;: aucune liste log.entries</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no request</source>
        <translation>aucune requête</translation>
    </message>
    <message>
        <source>request.method is missing</source>
        <translation>request.method manquant</translation>
    </message>
    <message>
        <source>request.url is not an absolute URL</source>
        <translation>request.url n&apos;est pas une URL absolue</translation>
    </message>
    <message>
        <source>response.status is missing</source>
        <translation>response.status manquant</translation>
    </message>
    <message>
        <source>startedDateTime is not an ISO 8601 date</source>
        <translation>startedDateTime n&apos;est pas une date ISO 8601</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1&#xa0;: %2&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>could not write the trace store: %1</source>
        <translation>impossible d&apos;écrire dans le magasin de traces&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>imported %n call(s) from %1</source>
        <translation>
            <numerusform>%n appel importé depuis %1</numerusform>
            <numerusform>%n appels importés depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) skipped, already in the trace store</source>
        <translation>
            <numerusform>%n appel ignoré, déjà dans le magasin de traces</numerusform>
            <numerusform>%n appels ignorés, déjà dans le magasin de traces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderLines</name>
    <message>
        <source>Line %1 is not &quot;Name: value&quot;.</source>
        <translation>La ligne %1 n&apos;est pas au format «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
</context>
<context>
    <name>HeaderRuleSettings</name>
    <message>
        <source>A header needs a name.</source>
        <translation>Un en-tête doit avoir un nom.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid header name (letters, digits and - only).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;en-tête valide (lettres, chiffres et - uniquement).</translation>
    </message>
    <message>
        <source>%1 is a connection header; the proxy manages it.</source>
        <translation>%1 est un en-tête de connexion&#xa0;; le proxy le gère.</translation>
    </message>
    <message>
        <source>%1 is set by the proxy for each upstream.</source>
        <translation>%1 est défini par le proxy pour chaque serveur amont.</translation>
    </message>
    <message>
        <source>x-tokentap-* headers are TokenTap&apos;s own and never forwarded.</source>
        <translation>Les en-têtes x-tokentap-* sont propres à TokenTap et ne sont jamais transmis.</translation>
    </message>
</context>
<context>
    <name>HeadersSettingsPage</name>
    <message>
        <source>On</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Headers set on every forwarded call, e.g. x-bt-use-cache: auto, or an HTTP-Referer for OpenRouter. A rule for one upstream wins over a rule for all.</source>
        <translation>En-têtes ajoutés à chaque appel transmis, p. ex. x-bt-use-cache: auto, ou un HTTP-Referer pour OpenRouter. Une règle propre à un serveur amont l&apos;emporte sur une règle pour tous.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>All upstreams</source>
        <translation>Tous les serveurs amont</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Show the body as a foldable tree</source>
        <translation>Afficher le corps sous forme d&apos;arbre repliable</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Show the body as text</source>
        <translation>Afficher le corps sous forme de texte</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Aucun corps.</translation>
    </message>
    <message>
        <source>The text shows the first %1 of this %2 body.</source>
        <translation>Le texte n&apos;affiche que les premiers %1 de ce corps de %2.</translation>
    </message>
    <message>
        <source>Lines longer than %L1 characters are shortened.</source>
        <translation>Les lignes de plus de %L1 caractères sont raccourcies.</translation>
    </message>
    <message>
        <source>[%L1 more characters]</source>
        <translation>[%L1 caractères de plus]</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copier le chemin</translation>
    </message>
</context>
<context>
    <name>KeychainSecretBackend</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>le trousseau n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>the desktop keychain</source>
        <translation>le trousseau du bureau</translation>
    </message>
</context>
<context>
    <name>LiveSettings</name>
    <message>
        <source>%1 port %2 cannot be used: %3. The proxy keeps listening where it is.</source>
        <translation>Impossible d&apos;utiliser %1 port %2&#xa0;: %3. Le proxy reste à l&apos;écoute à son adresse actuelle.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>Impossible d&apos;écrire le fichier de paramètres %1.</translation>
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
        <translation>Démarrage du proxy…</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>That call is not in the list (check the filter).</source>
        <translation>Cet appel n&apos;est pas dans la liste (vérifiez le filtre).</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Proxy running</source>
        <translation>Proxy actif</translation>
    </message>
    <message>
        <source>Pause or resume the proxy (clients get no answer while paused)</source>
        <translation>Mettre en pause ou reprendre le proxy (les clients n&apos;obtiennent aucune réponse pendant la pause)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the base URL for clients</source>
        <translation>Copier l&apos;URL de base pour les clients</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Record calls into the trace store</source>
        <translation>Enregistrer les appels dans le magasin de traces</translation>
    </message>
    <message>
        <source>Clear view</source>
        <translation>Vider la vue</translation>
    </message>
    <message>
        <source>Hide the calls listed so far; nothing is deleted (Ctrl+L)</source>
        <translation>Masquer les appels listés jusqu&apos;ici&#xa0;; rien n&apos;est supprimé (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>A&amp;ppel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Appels</translation>
    </message>
    <message>
        <source>&amp;Usage dashboard</source>
        <translation>&amp;Tableau de bord d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>&amp;Show all calls again</source>
        <translation>&amp;Réafficher tous les appels</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Connect a client…</source>
        <translation>&amp;Connecter un client…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Export: %1 queued · %2 sent</source>
        <translation>Export&#xa0;: %1 en attente · %2 envoyé(s)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>Every destination is answering</source>
        <translation>Toutes les destinations répondent</translation>
    </message>
    <message>
        <source>Connect a client</source>
        <translation>Connecter un client</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;TokenTap is running&lt;/h2&gt;&lt;p&gt;Point your client at &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;TokenTap est en marche&lt;/h2&gt;&lt;p&gt;Pointez votre client vers &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Pas à l&apos;écoute</translation>
    </message>
    <message>
        <source>Proxy stopped</source>
        <translation>Proxy arrêté</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The proxy could not start&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Le proxy n&apos;a pas pu démarrer&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Paused: not listening</source>
        <translation>En pause&#xa0;: pas à l&apos;écoute</translation>
    </message>
    <message>
        <source>Proxy paused</source>
        <translation>Proxy en pause</translation>
    </message>
    <message>
        <source>Upstream error</source>
        <translation>Erreur du serveur amont</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed upstream (unreachable, timed out or cut off).</source>
        <translation>
            <numerusform>%n appel a échoué côté serveur amont (injoignable, délai dépassé ou connexion coupée).</numerusform>
            <numerusform>%n appels ont échoué côté serveur amont (injoignable, délai dépassé ou connexion coupée).</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests: %1 · in flight: %2</source>
        <translation>Requêtes&#xa0;: %1 · en cours&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Enregistrement inactif</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Enregistrement en pause</translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation>non enregistrés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <source>invalid filter: %1</source>
        <translation>filtre invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>no trace database at %1</source>
        <translation>aucune base de données de traces dans %1</translation>
    </message>
    <message>
        <source>%1 calls examined, %2 costs changed (prices: %3)</source>
        <translation>%1 appels examinés, %2 coûts modifiés (prix&#xa0;: %3)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown price format &apos;%1&apos; (litellm or openrouter)</source>
        <translation>format de prix inconnu «&#xa0;%1&#xa0;» (litellm ou openrouter)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 prices imported into %2 (%3 rows in all, %4 new); run &apos;tokentap reprice&apos; to update stored costs</source>
        <translation>%1 prix importés dans %2 (%3 lignes au total, %4 nouvelles)&#xa0;; lancez «&#xa0;tokentap reprice&#xa0;» pour mettre à jour les coûts stockés</translation>
    </message>
</context>
<context>
    <name>MemorySecretBackend</name>
    <message>
        <source>memory</source>
        <translation>la mémoire</translation>
    </message>
</context>
<context>
    <name>OtlpConnectionTest</name>
    <message>
        <source>HTTP %1: the test span was accepted</source>
        <translation>HTTP %1&#xa0;: le span de test a été accepté</translation>
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
        <translation>Braintrust (auto-hébergé)</translation>
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
        <translation>Collecteur local</translation>
    </message>
    <message>
        <source>OTLP endpoint</source>
        <translation>Point de terminaison OTLP</translation>
    </message>
    <message>
        <source>the destination has no id</source>
        <translation>la destination n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>the sampling rate must be between 0 and 1</source>
        <translation>le taux d&apos;échantillonnage doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>invalid filter: %1</source>
        <translation>filtre invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid header &apos;%1&apos;</source>
        <translation>en-tête invalide «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>OtlpDestinationTableModel</name>
    <message>
        <source>%1 queued · %2 sent · %3 failed</source>
        <translation>%1 en attente · %2 envoyé(s) · %3 en échec</translation>
    </message>
    <message>
        <source> · retrying</source>
        <translation> · nouvelle tentative</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>rien n&apos;a encore été envoyé</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>OtlpExportService</name>
    <message>
        <source>export needs calls to be recorded, and recording is off</source>
        <translation>l&apos;export nécessite que les appels soient enregistrés, et l&apos;enregistrement est désactivé</translation>
    </message>
    <message>
        <source>export is not running</source>
        <translation>l&apos;export n&apos;est pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>no enabled destination &apos;%1&apos;</source>
        <translation>aucune destination activée «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>OtlpExporter</name>
    <message numerus="yes">
        <source>%n calls were deleted before they could be sent</source>
        <translation>
            <numerusform>%n appel a été supprimé avant d&apos;avoir pu être envoyé</numerusform>
            <numerusform>%n appels ont été supprimés avant d&apos;avoir pu être envoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtlpHttp</name>
    <message numerus="yes">
        <source>%n spans rejected</source>
        <translation>
            <numerusform>%n span rejeté</numerusform>
            <numerusform>%n spans rejetés</numerusform>
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
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>bad HTTP answer: %1</source>
        <translation>réponse HTTP incorrecte&#xa0;: %1</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>la connexion s&apos;est fermée avant la fin de la réponse</translation>
    </message>
</context>
<context>
    <name>PriceImport</name>
    <message>
        <source>LiteLLM price list has no model with &quot;input_cost_per_token&quot;</source>
        <translation>La liste de prix LiteLLM ne contient aucun modèle avec «&#xa0;input_cost_per_token&#xa0;»</translation>
    </message>
    <message>
        <source>OpenRouter model list has no &quot;data&quot; array</source>
        <translation>La liste de modèles OpenRouter n&apos;a pas de tableau «&#xa0;data&#xa0;»</translation>
    </message>
    <message>
        <source>OpenRouter model list has no model with a prompt price</source>
        <translation>La liste de modèles OpenRouter ne contient aucun modèle avec un prix de prompt</translation>
    </message>
    <message>
        <source>Price list is not valid JSON: %1 (at offset %2)</source>
        <translation>La liste de prix n&apos;est pas du JSON valide&#xa0;: %1 (à la position %2)</translation>
    </message>
    <message>
        <source>Price list must be a JSON object</source>
        <translation>La liste de prix doit être un objet JSON</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>Price table is not valid JSON: %1 (at offset %2)</source>
        <translation>La table des prix n&apos;est pas un JSON valide&#xa0;: %1 (à la position %2)</translation>
    </message>
    <message>
        <source>Price table must be a JSON object</source>
        <translation>La table des prix doit être un objet JSON</translation>
    </message>
    <message>
        <source>Price table has no &quot;format&quot; field (expected 1)</source>
        <translation>La table des prix n&apos;a pas de champ &quot;format&quot; (1 attendu)</translation>
    </message>
    <message>
        <source>Price table format %1 is not supported (expected 1)</source>
        <translation>Le format de table des prix %1 n&apos;est pas pris en charge (1 attendu)</translation>
    </message>
    <message>
        <source>Price table currency must be &quot;USD&quot;, not &quot;%1&quot;</source>
        <translation>La devise de la table des prix doit être &quot;USD&quot;, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Price table unit must be &quot;per_1m_tokens&quot;, not &quot;%1&quot;</source>
        <translation>L&apos;unité de la table des prix doit être &quot;per_1m_tokens&quot;, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Price table field &quot;updated&quot; must be a date string</source>
        <translation>Le champ &quot;updated&quot; de la table des prix doit être une date sous forme de chaîne</translation>
    </message>
    <message>
        <source>Price table has no &quot;models&quot; array</source>
        <translation>La table des prix n&apos;a pas de tableau &quot;models&quot;</translation>
    </message>
    <message>
        <source>Price table models[%1]: expected an object</source>
        <translation>Table des prix, models[%1]&#xa0;: objet attendu</translation>
    </message>
    <message>
        <source>Price table %1: provider &quot;%2&quot; and id &quot;%3&quot; repeat models[%4]</source>
        <translation>Table des prix, %1&#xa0;: le fournisseur &quot;%2&quot; et l&apos;identifiant &quot;%3&quot; répètent models[%4]</translation>
    </message>
    <message>
        <source>expected a number of USD per million tokens, 0 or more, or null</source>
        <translation>nombre d&apos;USD par million de tokens attendu, 0 ou plus, ou null</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>chaîne non vide attendue</translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation>chaîne ou null attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected an array of non-empty strings</source>
        <translation>tableau de chaînes non vides attendu</translation>
    </message>
    <message>
        <source>expected a whole number of tokens, 0 or more</source>
        <translation>nombre entier de tokens attendu, 0 ou plus</translation>
    </message>
    <message>
        <source>Price table %1, field &quot;%2&quot;: %3</source>
        <translation>Table des prix, %1, champ &quot;%2&quot;&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected an array of objects</source>
        <translation>tableau d&apos;objets attendu</translation>
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
        <translation>USD par million de tokens</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Entrée en cache</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Écriture en cache</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Alias&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prices every model whose name starts with %1</source>
        <translation>S&apos;applique à tous les modèles dont le nom commence par %1</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Mode&#xa0;: %1</translation>
    </message>
    <message>
        <source>1-hour cache write: %1</source>
        <translation>Écriture en cache (1 heure)&#xa0;: %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>sortie %1</translation>
    </message>
    <message>
        <source>From %1 input tokens: %2</source>
        <translation>À partir de %1 tokens d&apos;entrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation>Obsolète&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hidden from lookups</source>
        <translation>Exclu des recherches</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PricingSettingsPage</name>
    <message>
        <source>Built-in prices (USD per million tokens)</source>
        <translation>Prix intégrés (USD par million de tokens)</translation>
    </message>
    <message>
        <source>Search model, alias or provider</source>
        <translation>Rechercher un modèle, un alias ou un fournisseur</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Copy the selected model into your overrides to change its prices</source>
        <translation>Copier le modèle sélectionné dans vos remplacements pour modifier ses prix</translation>
    </message>
    <message>
        <source>Your overrides</source>
        <translation>Vos remplacements</translation>
    </message>
    <message>
        <source>They win over the built-in prices rate by rate; an empty rate keeps the built-in one. Saved in %1.</source>
        <translation>Ils l&apos;emportent sur les prix intégrés tarif par tarif&#xa0;; un tarif vide conserve le tarif intégré. Enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import price file…</source>
        <translation>Importer un fichier de prix…</translation>
    </message>
    <message>
        <source>Merge a LiteLLM price list (model_prices_and_context_window.json) or OpenRouter&apos;s model list into your overrides</source>
        <translation>Fusionner une liste de prix LiteLLM (model_prices_and_context_window.json) ou la liste des modèles d&apos;OpenRouter dans vos remplacements</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <source>%1 Saving replaces the file.</source>
        <translation>%1 L&apos;enregistrement remplacera le fichier.</translation>
    </message>
    <message>
        <source>Override %1 has no model id.</source>
        <translation>Le remplacement %1 n&apos;a pas d&apos;identifiant de modèle.</translation>
    </message>
    <message>
        <source>%1: a price cannot be negative.</source>
        <translation>%1&#xa0;: un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 is overridden twice.</source>
        <translation>%1 est remplacé deux fois.</translation>
    </message>
    <message>
        <source>%1 (%2) is overridden twice.</source>
        <translation>%1 (%2) est remplacé deux fois.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n prices imported from %1 (%2 new overrides); Apply saves them.</source>
        <translation>
            <numerusform>%n prix importé depuis %1 (nouveaux remplacements&#xa0;: %2)&#xa0;; «&#xa0;Appliquer&#xa0;» l&apos;enregistre.</numerusform>
            <numerusform>%n prix importés depuis %1 (nouveaux remplacements&#xa0;: %2)&#xa0;; «&#xa0;Appliquer&#xa0;» les enregistre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import price file</source>
        <translation>Importer un fichier de prix</translation>
    </message>
    <message>
        <source>Price lists (*.json);;All files (*)</source>
        <translation>Listes de prix (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ProxyServer</name>
    <message>
        <source>cannot listen on %1: listening beyond this computer needs an access token</source>
        <translation>impossible d&apos;écouter sur %1&#xa0;: écouter au-delà de cet ordinateur nécessite un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the proxy is not running; the settings apply when it starts</source>
        <translation>le proxy n&apos;est pas en cours d&apos;exécution&#xa0;; les paramètres s&apos;appliqueront à son démarrage</translation>
    </message>
    <message>
        <source>listening beyond this computer needs an access token</source>
        <translation>écouter au-delà de cet ordinateur nécessite un jeton d&apos;accès</translation>
    </message>
</context>
<context>
    <name>ProxySettingsPage</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
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
        <translation>127.0.0.1 (cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>::1 (this computer only, IPv6)</source>
        <translation>::1 (cet ordinateur uniquement, IPv6)</translation>
    </message>
    <message>
        <source>0.0.0.0 (every network: needs an access token)</source>
        <translation>0.0.0.0 (tous les réseaux&#xa0;: nécessite un jeton d&apos;accès)</translation>
    </message>
    <message>
        <source>Not needed while listening on this computer only</source>
        <translation>Inutile tant que l&apos;écoute se limite à cet ordinateur</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Écouter sur&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Largest request body:</source>
        <translation>Taille maximale du corps de requête&#xa0;:</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>Délai de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Response timeout (until the first byte):</source>
        <translation>Délai de réponse (jusqu&apos;au premier octet)&#xa0;:</translation>
    </message>
    <message>
        <source>Stream idle timeout:</source>
        <translation>Délai d&apos;inactivité du flux&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Optional here. When set, clients must send it as the x-tokentap-key header.</source>
        <translation>Facultatif ici. S&apos;il est défini, les clients doivent l&apos;envoyer dans l&apos;en-tête x-tokentap-key.</translation>
    </message>
    <message>
        <source>Required: other machines can reach this port, and the proxy injects your API keys. Clients send the token as the x-tokentap-key header.</source>
        <translation>Obligatoire&#xa0;: d&apos;autres machines peuvent atteindre ce port, et le proxy injecte vos clés d&apos;API. Les clients envoient le jeton dans l&apos;en-tête x-tokentap-key.</translation>
    </message>
</context>
<context>
    <name>ResendDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Resend call</source>
        <translation>Renvoyer l&apos;appel</translation>
    </message>
    <message>
        <source>Leave empty when the upstream has a key configured</source>
        <translation>Laisser vide si le serveur amont a une clé configurée</translation>
    </message>
    <message>
        <source>Privacy mode: the request body was not recorded. Write the body to send.</source>
        <translation>Mode confidentialité&#xa0;: le corps de la requête n&apos;a pas été enregistré. Saisissez le corps à envoyer.</translation>
    </message>
    <message>
        <source>The recorded request body was cut short (it was larger than the recording limit). Complete it to send.</source>
        <translation>Le corps de requête enregistré a été tronqué (il dépassait la limite d&apos;enregistrement). Complétez-le pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Vers&#xa0;:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Pas de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answered %1; the call is recorded as a child of the original.</source>
        <translation>Réponse %1&#xa0;; l&apos;appel est enregistré comme enfant de l&apos;original.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>API keys could not be read from %1: %2</source>
        <translation>Impossible de lire les clés d&apos;API depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No desktop keychain answered (%1). API keys are kept in %2, encrypted for this computer and this account: anyone who can log in as you here can read them.</source>
        <translation>Aucun trousseau du bureau n&apos;a répondu (%1). Les clés d&apos;API sont conservées dans %2, chiffrées pour cet ordinateur et ce compte&#xa0;: toute personne pouvant se connecter ici sous votre compte peut les lire.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>TokenTap Settings</source>
        <translation>Paramètres de TokenTap</translation>
    </message>
    <message>
        <source>This run listens where --listen said; what you set here applies from the next start without --listen.</source>
        <translation>Cette instance écoute à l&apos;adresse indiquée par --listen&#xa0;; les réglages faits ici s&apos;appliquent à partir du prochain démarrage sans --listen.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Saved. The proxy listens on %1.</source>
        <translation>Enregistré. Le proxy écoute sur %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention (marked in red).</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré&#xa0;: %n champ demande votre attention (en rouge).</numerusform>
            <numerusform>Rien n&apos;a été enregistré&#xa0;: %n champs demandent votre attention (en rouge).</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved, but the price overrides were not: %1</source>
        <translation>Paramètres enregistrés, mais pas les remplacements de prix&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported %1. Check the pages, then Apply to save.</source>
        <translation>%1 importé. Vérifiez les pages, puis cliquez sur Appliquer pour enregistrer.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation>Importer les paramètres</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Exporter les paramètres</translation>
    </message>
    <message>
        <source>Exported to %1 (without keys or tokens).</source>
        <translation>Exporté vers %1 (sans clés ni jetons).</translation>
    </message>
    <message>
        <source>This run also uses the upstreams the command line gave (%1), which take the place of any here with the same name; what you set here applies from the next start without them.</source>
        <translation>Cette exécution utilise aussi les serveurs amont donnés en ligne de commande (%1), qui remplacent ceux du même nom ici&#xa0;; ce que vous réglez ici s&apos;applique au prochain démarrage sans eux.</translation>
    </message>
</context>
<context>
    <name>SettingsJson</name>
    <message>
        <source>invalid key &apos;%1&apos;</source>
        <translation>clé «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; mixes objects and values</source>
        <translation>«&#xa0;%1&#xa0;» mélange objets et valeurs</translation>
    </message>
</context>
<context>
    <name>SpanTreeModel</name>
    <message>
        <source>(unnamed call)</source>
        <translation>(appel sans nom)</translation>
    </message>
    <message>
        <source>Starts at +%1</source>
        <translation>Début à +%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private to the user</source>
        <translation>impossible de rendre %1 privé pour l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging on this file system</source>
        <translation>%1 ne peut pas utiliser la journalisation anticipée (WAL) sur ce système de fichiers</translation>
    </message>
    <message>
        <source>cannot read the schema version of the %1</source>
        <translation>impossible de lire la version du schéma de la %1</translation>
    </message>
    <message>
        <source>the %1 has schema version %2, newer than this TokenTap understands (%3); use a newer TokenTap</source>
        <translation>la %1 a la version de schéma %2, plus récente que celles que ce TokenTap comprend (%3)&#xa0;; utilisez une version plus récente de TokenTap</translation>
    </message>
    <message>
        <source>no SQLite handle behind the %1</source>
        <translation>aucun descripteur SQLite derrière la %1</translation>
    </message>
</context>
<context>
    <name>StreamEventsView</name>
    <message>
        <source>Time (ms)</source>
        <translation>Temps (ms)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Select an event to see its data.</source>
        <translation>Sélectionnez un événement pour voir ses données.</translation>
    </message>
    <message>
        <source>Assembled result</source>
        <translation>Résultat assemblé</translation>
    </message>
    <message>
        <source>This call was recorded in privacy mode: its events were not stored.</source>
        <translation>Cet appel a été enregistré en mode confidentialité&#xa0;: ses événements n&apos;ont pas été conservés.</translation>
    </message>
    <message>
        <source>This response was not streamed.</source>
        <translation>Cette réponse n&apos;a pas été envoyée en flux.</translation>
    </message>
    <message>
        <source>The response holds no complete events.</source>
        <translation>La réponse ne contient aucun événement complet.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>(arrival times were not recorded)</source>
        <translation>(heures d&apos;arrivée non enregistrées)</translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation>premier token après %1 ms</translation>
    </message>
    <message>
        <source>the response was truncated when it was recorded</source>
        <translation>la réponse a été tronquée lors de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Raisonnement&#xa0;:</translation>
    </message>
    <message>
        <source>Tool call: %1 %2</source>
        <translation>Appel d&apos;outil&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Upstream error: %1</source>
        <translation>Erreur du serveur amont&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finish reason: %1</source>
        <translation>Motif de fin&#xa0;: %1</translation>
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
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>TimingBars</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Total duration: %1</source>
        <translation>Durée totale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time to first byte: %1</source>
        <translation>Délai avant le premier octet&#xa0;: %1</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>pas en flux</translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation>Délai avant le premier token&#xa0;: %1</translation>
    </message>
    <message>
        <source>Output tokens per second: %1</source>
        <translation>Tokens de sortie par seconde&#xa0;: %1</translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation>Aucun appel sélectionné</translation>
    </message>
</context>
<context>
    <name>TraceBrowser</name>
    <message>
        <source>Group by:</source>
        <translation>Grouper par&#xa0;:</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>T&amp;race</source>
        <translation>T&amp;race</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n call(s).</source>
        <translation>
            <numerusform>%n appel supprimé.</numerusform>
            <numerusform>%n appels supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Copier en tant que &amp;cURL</translation>
    </message>
    <message>
        <source>Copy &amp;request JSON</source>
        <translation>Copier le JSON de la &amp;requête</translation>
    </message>
    <message>
        <source>Copy re&amp;sponse JSON</source>
        <translation>Copier le JSON de la ré&amp;ponse</translation>
    </message>
    <message>
        <source>R&amp;esend…</source>
        <translation>Re&amp;nvoyer…</translation>
    </message>
    <message>
        <source>Com&amp;pare the two selected calls</source>
        <translation>Co&amp;mparer les deux appels sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Filter on this value</source>
        <translation>&amp;Filtrer sur cette valeur</translation>
    </message>
    <message>
        <source>E&amp;xclude this value</source>
        <translation>E&amp;xclure cette valeur</translation>
    </message>
    <message>
        <source>&amp;Delete selected calls…</source>
        <translation>&amp;Supprimer les appels sélectionnés…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>C&amp;olonnes</translation>
    </message>
    <message>
        <source>&amp;Filter on %1</source>
        <translation>&amp;Filtrer sur %1</translation>
    </message>
    <message>
        <source>E&amp;xclude %1</source>
        <translation>E&amp;xclure %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <source>Copied as cURL without a body: privacy mode recorded none.</source>
        <translation>Copié en tant que cURL sans corps&#xa0;: le mode confidentialité n&apos;en a enregistré aucun.</translation>
    </message>
    <message>
        <source>Copied as cURL; the body is cut short as it was recorded.</source>
        <translation>Copié en tant que cURL&#xa0;; le corps est tronqué, tel qu&apos;il a été enregistré.</translation>
    </message>
    <message>
        <source>Copied as cURL; the API key is $%1.</source>
        <translation>Copié en tant que cURL&#xa0;; la clé d&apos;API est $%1.</translation>
    </message>
    <message>
        <source>Copied the request body.</source>
        <translation>Corps de la requête copié.</translation>
    </message>
    <message>
        <source>Copied the response body.</source>
        <translation>Corps de la réponse copié.</translation>
    </message>
    <message>
        <source>Delete calls</source>
        <translation>Supprimer des appels</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n call(s) from the trace store? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n appel du magasin de traces&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n appels du magasin de traces&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus the filter (Esc clears it)</source>
        <translation>Aller au filtre (Échap l&apos;efface)</translation>
    </message>
    <message>
        <source>J / K, arrows</source>
        <translation>J / K, flèches</translation>
    </message>
    <message>
        <source>Next / previous call</source>
        <translation>Appel suivant / précédent</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open the call&apos;s conversation</source>
        <translation>Ouvrir la conversation de l&apos;appel</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Copier en tant que cURL</translation>
    </message>
    <message>
        <source>Resend the call</source>
        <translation>Renvoyer l&apos;appel</translation>
    </message>
    <message>
        <source>Compare the two selected calls</source>
        <translation>Comparer les deux appels sélectionnés</translation>
    </message>
    <message>
        <source>Delete the selected calls</source>
        <translation>Supprimer les appels sélectionnés</translation>
    </message>
    <message>
        <source>Clear the view (nothing is deleted)</source>
        <translation>Vider la vue (rien n&apos;est supprimé)</translation>
    </message>
    <message>
        <source>Export all, filtered or selected calls</source>
        <translation>Exporter les appels (tous, filtrés ou sélectionnés)</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <source>Zoom the trace timeline</source>
        <translation>Zoomer sur la chronologie de la trace</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Send to</source>
        <translation>En&amp;voyer vers</translation>
    </message>
    <message>
        <source>No export destination is enabled (Settings → Export)</source>
        <translation>Aucune destination d&apos;export n&apos;est activée (Paramètres → Export)</translation>
    </message>
    <message>
        <source>Select the calls to send first.</source>
        <translation>Sélectionnez d&apos;abord les appels à envoyer.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) queued for %1</source>
        <translation>
            <numerusform>%n appel en file d&apos;attente pour %1</numerusform>
            <numerusform>%n appels en file d&apos;attente pour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as cURL.</source>
        <translation>Copié en tant que cURL.</translation>
    </message>
    <message>
        <source>Show all calls again</source>
        <translation>Réafficher tous les appels</translation>
    </message>
    <message>
        <source>The calls</source>
        <translation>Les appels</translation>
    </message>
    <message>
        <source>The usage dashboard</source>
        <translation>Le tableau de bord d&apos;utilisation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>TraceFilter</name>
    <message>
        <source>unknown alias &apos;%1&apos;</source>
        <translation>alias «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>«&#xa0;%1&#xa0;» nécessite une valeur</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; known fields: %2</source>
        <translation>champ «&#xa0;%1&#xa0;» inconnu&#xa0;; champs connus&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur valide pour %2</translation>
    </message>
    <message>
        <source>a quoted phrase is not closed</source>
        <translation>une expression entre guillemets n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a filter term; did you mean &apos;%2&apos;?</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un terme de filtre&#xa0;; vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: terms are all required and cannot be grouped; there is no OR (quote it to search for it)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: tous les termes sont requis et ne peuvent pas être groupés&#xa0;; il n&apos;y a pas de OU (entre guillemets, il est recherché)</translation>
    </message>
</context>
<context>
    <name>TraceLoader</name>
    <message>
        <source>No calls recorded yet.</source>
        <translation>Aucun appel enregistré pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>TraceReader</name>
    <message>
        <source>%1 holds no traces</source>
        <translation>%1 ne contient aucune trace</translation>
    </message>
    <message>
        <source>no call with id %1</source>
        <translation>aucun appel avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>the trace database is not open</source>
        <translation>la base de données de traces n&apos;est pas ouverte</translation>
    </message>
</context>
<context>
    <name>TraceSchema</name>
    <message>
        <source>trace database</source>
        <translation>base de données de traces</translation>
    </message>
</context>
<context>
    <name>TraceStore</name>
    <message>
        <source>no SQLite handle behind %1</source>
        <translation>aucun descripteur SQLite derrière %1</translation>
    </message>
    <message>
        <source>the trace store is not open</source>
        <translation>le magasin de traces n&apos;est pas ouvert</translation>
    </message>
</context>
<context>
    <name>TraceTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Amont</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>When the call started. Calls are listed in the order they were recorded.</source>
        <translation>Début de l&apos;appel. Les appels sont listés dans l&apos;ordre de leur enregistrement.</translation>
    </message>
    <message>
        <source>Input tokens, cached ones included</source>
        <translation>Tokens d&apos;entrée, y compris ceux en cache</translation>
    </message>
    <message>
        <source>Output tokens, reasoning included</source>
        <translation>Tokens de sortie, raisonnement compris</translation>
    </message>
    <message>
        <source>Time to the first generated token</source>
        <translation>Délai avant le premier token généré</translation>
    </message>
    <message>
        <source>Response cache: HIT, MISS or BYPASS</source>
        <translation>Cache des réponses&#xa0;: HIT, MISS ou BYPASS</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Requested %1, answered by %2</source>
        <translation>Demandé&#xa0;: %1, réponse de %2</translation>
    </message>
    <message>
        <source>Answered from the cache; saved %1</source>
        <translation>Servi par le cache&#xa0;; économie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Priced as %1</source>
        <translation>Tarifé comme %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
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
        <translation>Zoom avant (Ctrl+molette sur la chronologie)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel over the timeline)</source>
        <translation>Zoom arrière (Ctrl+molette sur la chronologie)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole trace</source>
        <translation>Afficher toute la trace</translation>
    </message>
</context>
<context>
    <name>TraceWriter</name>
    <message>
        <source>cannot create the store&apos;s wake-up: %1</source>
        <translation>impossible de créer le signal de réveil du magasin de traces : %1</translation>
    </message>
</context>
<context>
    <name>TracingSettingsPage</name>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Record calls</source>
        <translation>Enregistrer les appels</translation>
    </message>
    <message>
        <source>Privacy mode: keep metrics only, no bodies or message text</source>
        <translation>Mode confidentialité&#xa0;: ne conserver que les métriques, sans corps ni texte des messages</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>indéfiniment</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Keep calls for:</source>
        <translation>Conserver les appels pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Largest database:</source>
        <translation>Taille maximale de la base&#xa0;:</translation>
    </message>
    <message>
        <source>Record bodies up to:</source>
        <translation>Enregistrer les corps jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>Per-user policies (the user comes from x-tokentap-user or the body&apos;s user field); after their date the defaults above apply again:</source>
        <translation>Règles par utilisateur (l&apos;utilisateur provient de x-tokentap-user ou du champ user du corps)&#xa0;; après leur date, les valeurs par défaut ci-dessus s&apos;appliquent de nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete all traces…</source>
        <translation>Supprimer toutes les traces…</translation>
    </message>
    <message>
        <source>Tracing &amp; privacy</source>
        <translation>Traçage et confidentialité</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Don&apos;t record</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Metrics only</source>
        <translation>Métriques seules</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Contourné</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Delete all traces</source>
        <translation>Supprimer toutes les traces</translation>
    </message>
    <message>
        <source>Delete every recorded call? This cannot be undone.</source>
        <translation>Supprimer tous les appels enregistrés&#xa0;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Open TokenTap</source>
        <translation>Ouvrir TokenTap</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Suspendre l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Pause proxy</source>
        <translation>Suspendre le proxy</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n more upstream error(s) since the last notice.</source>
        <translation>
            <numerusform>%n autre erreur du serveur amont depuis la dernière notification.</numerusform>
            <numerusform>%n autres erreurs du serveur amont depuis la dernière notification.</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenTap: running</source>
        <translation>TokenTap&#xa0;: en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>TokenTap: proxy paused</source>
        <translation>TokenTap&#xa0;: proxy suspendu</translation>
    </message>
    <message>
        <source>Resume proxy</source>
        <translation>Reprendre le proxy</translation>
    </message>
    <message>
        <source>TokenTap: error</source>
        <translation>TokenTap&#xa0;: erreur</translation>
    </message>
    <message>
        <source>Resume recording</source>
        <translation>Reprendre l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Enregistrement suspendu</translation>
    </message>
</context>
<context>
    <name>Upstream</name>
    <message>
        <source>invalid upstream name &apos;%1&apos; (use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>nom de serveur amont «&#xa0;%1&#xa0;» invalide (utilisez des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos;)</translation>
    </message>
    <message>
        <source>invalid upstream URL &apos;%1&apos;</source>
        <translation>URL de serveur amont «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <source>upstream URL &apos;%1&apos; must start with http:// or https://</source>
        <translation>l&apos;URL de serveur amont «&#xa0;%1&#xa0;» doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>upstream URL &apos;%1&apos; must not carry a query, fragment or user info</source>
        <translation>l&apos;URL de serveur amont «&#xa0;%1&#xa0;» ne doit contenir ni chaîne de requête, ni fragment, ni informations d&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>UpstreamPool</name>
    <message>
        <source>no PEM certificate could be read from %1</source>
        <translation>aucun certificat PEM n&apos;a pu être lu depuis %1</translation>
    </message>
</context>
<context>
    <name>UpstreamProbe</name>
    <message numerus="yes">
        <source>%1: %n models</source>
        <translation>
            <numerusform>%1&#xa0;: %n modèle</numerusform>
            <numerusform>%1&#xa0;: %n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the upstream answered</source>
        <translation>%1&#xa0;: le serveur amont a répondu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Proxy IA Braintrust</translation>
    </message>
    <message>
        <source>Ollama (local)</source>
        <translation>Ollama (local)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
</context>
<context>
    <name>UpstreamsSettingsPage</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Calls to /v1/… go here (the default upstream)</source>
        <translation>Les appels vers /v1/… arrivent ici (serveur amont par défaut)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Empty: the client&apos;s own key is forwarded</source>
        <translation>Vide&#xa0;: la clé propre du client est transmise</translation>
    </message>
    <message>
        <source>One per line, e.g. HTTP-Referer: https://example.com</source>
        <translation>Un par ligne, p. ex. HTTP-Referer: https://example.com</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Extra headers:</source>
        <translation>En-têtes supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>Works. </source>
        <translation>Fonctionne. </translation>
    </message>
    <message>
        <source>Failed. </source>
        <translation>Échec. </translation>
    </message>
    <message>
        <source>Upstreams</source>
        <translation>Serveurs amont</translation>
    </message>
    <message>
        <source>client&apos;s own</source>
        <translation>celle du client</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Demande de la liste des modèles à %1…</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>Cost per day by model</source>
        <translation>Coût par jour et par modèle</translation>
    </message>
    <message numerus="yes">
        <source> (%n call(s) of unknown cost not counted)</source>
        <translation>
            <numerusform> (%n appel au coût inconnu non compté)</numerusform>
            <numerusform> (%n appels au coût inconnu non comptés)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>(aucun modèle)</translation>
    </message>
    <message>
        <source>Other models</source>
        <translation>Autres modèles</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>Tokens par jour</translation>
    </message>
    <message>
        <source>million tokens</source>
        <translation>millions de tokens</translation>
    </message>
    <message>
        <source>thousand tokens</source>
        <translation>milliers de tokens</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>Uncached input</source>
        <translation>Entrée hors cache</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Entrée en cache</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Latency per model (successful calls answered upstream)</source>
        <translation>Latence par modèle (appels réussis servis par le serveur amont)</translation>
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
        <translation>durée</translation>
    </message>
    <message>
        <source>No call went through the cache</source>
        <translation>Aucun appel n&apos;est passé par le cache</translation>
    </message>
    <message>
        <source>Cache: %1 hit rate, %2 saved</source>
        <translation>Cache&#xa0;: taux de succès %1, économie de %2</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Défauts de cache</translation>
    </message>
    <message>
        <source>Bypassed</source>
        <translation>Contournés</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date on the charts&apos; axis</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date on the charts&apos; axis</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>UsageDashboard</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Top users</source>
        <translation>Principaux utilisateurs</translation>
    </message>
    <message>
        <source>Users as clients name them (the x-tokentap-user header or the request&apos;s user field), most expensive first.</source>
        <translation>Utilisateurs tels que les clients les nomment (en-tête x-tokentap-user ou champ user de la requête), du plus coûteux au moins coûteux.</translation>
    </message>
    <message>
        <source>Top sessions</source>
        <translation>Principales sessions</translation>
    </message>
    <message>
        <source>Sessions (x-tokentap-session-id), most expensive first.</source>
        <translation>Sessions (x-tokentap-session-id), de la plus coûteuse à la moins coûteuse.</translation>
    </message>
    <message>
        <source>Repeated requests</source>
        <translation>Requêtes répétées</translation>
    </message>
    <message>
        <source>Identical requests (same URL and body) sent more than once. If their answers may be reused, turn the cache on for them (x-bt-use-cache: always) to stop paying for each repeat. Double-click a row to see its newest call.</source>
        <translation>Requêtes identiques (même URL et même corps) envoyées plusieurs fois. Si leurs réponses peuvent être réutilisées, activez le cache pour elles (x-bt-use-cache: always) afin de ne plus payer chaque répétition. Double-cliquez sur une ligne pour voir son appel le plus récent.</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>No calls in this range.</source>
        <translation>Aucun appel sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %3 spent on %n call(s)</source>
        <translation>
            <numerusform>Du %1 au %2&#xa0;: %3 dépensés pour %n appel</numerusform>
            <numerusform>Du %1 au %2&#xa0;: %3 dépensés pour %n appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of unknown cost not counted</source>
        <translation>
            <numerusform>, %n au coût inconnu non compté</numerusform>
            <numerusform>, %n au coût inconnu non comptés</numerusform>
        </translation>
    </message>
    <message>
        <source>. Cache hit rate %1, %2 saved.</source>
        <translation>. Taux de succès du cache&#xa0;: %1, économie&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading latency, users, sessions and repeated requests…</source>
        <translation>Lecture de la latence, des utilisateurs, des sessions et des requêtes répétées…</translation>
    </message>
</context>
<context>
    <name>UsageStats</name>
    <message>
        <source>the trace database is not open</source>
        <translation>la base de données de traces n&apos;est pas ouverte</translation>
    </message>
</context>
<context>
    <name>UsageTables</name>
    <message>
        <source>(no model)</source>
        <translation>(aucun modèle)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Calls of unknown cost</source>
        <translation>Appels au coût inconnu</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Input (cached included)</source>
        <translation>Entrée (cache compris)</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Entrée en cache</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
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
        <translation>Appels servis par le cache</translation>
    </message>
    <message>
        <source>Calls sent upstream (misses)</source>
        <translation>Appels envoyés au serveur amont (absents du cache)</translation>
    </message>
    <message>
        <source>Calls bypassing the cache</source>
        <translation>Appels contournant le cache</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Économisé</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Answered from the cache</source>
        <translation>Réponses du cache</translation>
    </message>
    <message>
        <source>Request hash</source>
        <translation>Hachage de la requête</translation>
    </message>
    <message>
        <source>Newest call</source>
        <translation>Appel le plus récent</translation>
    </message>
</context>
<context>
    <name>UserPriceFile</name>
    <message>
        <source>Cannot read the price overrides %1: %2</source>
        <translation>Impossible de lire les remplacements de prix %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Price overrides %1: %2</source>
        <translation>Remplacements de prix %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write the price overrides %1: %2</source>
        <translation>Impossible d&apos;écrire les remplacements de prix %1&#xa0;: %2</translation>
    </message>
</context>
</TS>
