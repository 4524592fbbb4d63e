<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountBar</name>
    <message>
        <source>Sample data notice</source>
        <translation>Hinweis zu den Beispieldaten</translation>
    </message>
    <message>
        <source>Sample data: this is SegmentDesk&apos;s local sandbox with made-up contacts. Nothing you do here reaches SendGrid.</source>
        <translation>Beispieldaten: Dies ist die lokale Sandbox von SegmentDesk mit erfundenen Kontakten. Nichts, was Sie hier tun, erreicht SendGrid.</translation>
    </message>
    <message>
        <source>Connect your SendGrid account…</source>
        <translation>SendGrid-Konto verbinden …</translation>
    </message>
    <message>
        <source>Connect your SendGrid account</source>
        <translation>SendGrid-Konto verbinden</translation>
    </message>
    <message>
        <source>Reset sample data…</source>
        <translation>Beispieldaten zurücksetzen …</translation>
    </message>
    <message>
        <source>Reset sample data</source>
        <translation>Beispieldaten zurücksetzen</translation>
    </message>
    <message>
        <source>Throw away every change made here and generate the sample data again</source>
        <translation>Alle hier gemachten Änderungen verwerfen und die Beispieldaten neu erzeugen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Profiles that could not be read</source>
        <translation>Profile, die nicht gelesen werden konnten</translation>
    </message>
</context>
<context>
    <name>AccountConnector</name>
    <message>
        <source>No API key is stored for &quot;%1&quot;. Add it in Profiles (Ctrl+Shift+P).</source>
        <translation>Für „%1“ ist kein API-Schlüssel gespeichert. Fügen Sie ihn unter „Profile“ hinzu (Strg+Umschalt+P).</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; cannot read Marketing Campaigns: give it the Marketing read scope in SendGrid&apos;s API key settings.</source>
        <translation>Der API-Schlüssel von „%1“ kann Marketing Campaigns nicht lesen: Geben Sie ihm in den API-Schlüssel-Einstellungen von SendGrid die Leseberechtigung für Marketing.</translation>
    </message>
    <message>
        <source>SendGrid rejected the API key of &quot;%1&quot; (401). Check that it is correct and not revoked, then replace it in Profiles.</source>
        <translation>SendGrid hat den API-Schlüssel von „%1“ abgelehnt (401). Prüfen Sie, ob er stimmt und nicht widerrufen wurde, und ersetzen Sie ihn dann unter „Profile“.</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; lacks a scope SegmentDesk needs (403): %2</source>
        <translation>Dem API-Schlüssel von „%1“ fehlt eine Berechtigung, die SegmentDesk braucht (403): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be reached: %2</source>
        <translation>„%1“ ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1

Enter the API key of &quot;%2&quot; for this session only; it is not stored.</source>
        <translation>%1

Geben Sie den API-Schlüssel von „%2“ nur für diese Sitzung ein; er wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The connection broke while HTTP %1 was arriving (%2)</source>
        <translation>Die Verbindung brach ab, während HTTP %1 empfangen wurde (%2)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>The change may have been applied: the connection failed after the request was sent. Check the segment before sending it again.</source>
        <translation>Die Änderung wurde möglicherweise übernommen: Die Verbindung brach ab, nachdem die Anfrage gesendet war. Prüfen Sie das Segment, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The change may have been applied: the reply does not say whether it was. Check the segment before sending it again.</source>
        <translation>Die Änderung wurde möglicherweise übernommen: Die Antwort sagt nicht, ob sie es wurde. Prüfen Sie das Segment, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>Check the connection and retry.</source>
        <translation>Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not answer in time; retry.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nothing was sent. Check the server address, or add the certificate&apos;s issuer to the system&apos;s trusted certificates.</source>
        <translation>Es wurde nichts gesendet. Prüfen Sie die Serveradresse oder nehmen Sie den Aussteller des Zertifikats in die vertrauenswürdigen Zertifikate des Systems auf.</translation>
    </message>
    <message>
        <source>Check that the API key is correct and not revoked.</source>
        <translation>Prüfen Sie, ob der API-Schlüssel stimmt und nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>The API key lacks the Marketing permission, or the plan does not allow this.</source>
        <translation>Dem API-Schlüssel fehlt die Marketing-Berechtigung, oder der Tarif erlaubt dies nicht.</translation>
    </message>
    <message>
        <source>Retry after %1.</source>
        <translation>Versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <source>Wait a moment and retry.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>SendGrid had a problem; retry later.</source>
        <translation>SendGrid hatte ein Problem; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Request timed out</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>SendGrid rejected the request</source>
        <translation>SendGrid hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>SendGrid server error</source>
        <translation>Serverfehler bei SendGrid</translation>
    </message>
    <message>
        <source>Unreadable reply from the server</source>
        <translation>Unlesbare Antwort vom Server</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The reply is larger than the 32 MB limit</source>
        <translation>Die Antwort ist größer als die Grenze von 32 MB</translation>
    </message>
    <message>
        <source>The server sent an empty reply where data was expected</source>
        <translation>Der Server sandte eine leere Antwort, wo Daten erwartet wurden</translation>
    </message>
    <message>
        <source>The server sent a web page instead of JSON</source>
        <translation>Der Server sandte eine Webseite statt JSON</translation>
    </message>
    <message>
        <source>The reply is not valid JSON (%1 at byte %2)</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>The reply is JSON but not an object</source>
        <translation>Die Antwort ist JSON, aber kein Objekt</translation>
    </message>
    <message>
        <source>The server address must be a full URL such as %1.</source>
        <translation>Die Serveradresse muss eine vollständige URL sein, etwa %1.</translation>
    </message>
    <message>
        <source>The server address may not contain a query, fragment or user name.</source>
        <translation>Die Serveradresse darf keine Abfrage, kein Fragment und keinen Benutzernamen enthalten.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (loopback); use https:// for %1.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer (Loopback) erlaubt; verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>Unsupported scheme &quot;%1&quot;; use https://.</source>
        <translation>Nicht unterstütztes Schema „%1“; verwenden Sie https://.</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that are not printable ASCII; paste it again.</source>
        <translation>Der API-Schlüssel enthält Leerzeichen oder Zeichen, die kein druckbares ASCII sind; fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: &quot;%3&quot; is not an id.</source>
        <translation>%1 %2 wurde nicht gesendet: „%3“ ist keine ID.</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: the profile is read-only.</source>
        <translation>%1 %2 wurde nicht gesendet: Das Profil ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: only a local sandbox answers it.</source>
        <translation>%1 %2 wurde nicht gesendet: nur eine lokale Sandbox beantwortet das.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not sent (cancelled)</source>
        <translation>nicht gesendet (abgebrochen)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>What became of each segment</source>
        <translation>Was aus jedem Segment wurde</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 of %2 done…</source>
        <translation>%1 von %2 erledigt…</translation>
    </message>
    <message>
        <source>SendGrid&apos;s rate limit</source>
        <translation>SendGrids Anfragelimit</translation>
    </message>
    <message>
        <source>Waiting %1 s before trying &quot;%2&quot; again: %3</source>
        <translation>Warte %1 s, bevor „%2“ erneut versucht wird: %3</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message numerus="yes">
        <source>Finished; %n segment(s) failed: see why below.</source>
        <translation>
            <numerusform>Fertig; %n Segment ist fehlgeschlagen: Der Grund steht unten.</numerusform>
            <numerusform>Fertig; %n Segmente sind fehlgeschlagen: Die Gründe stehen unten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchFlow</name>
    <message>
        <source>SendGrid did not say whether the copy was made: reload the list (F5) before trying again. %1</source>
        <translation>SendGrid hat nicht gesagt, ob die Kopie angelegt wurde: Laden Sie die Liste neu (F5), bevor Sie es noch einmal versuchen. %1</translation>
    </message>
</context>
<context>
    <name>BuilderConditionRow</name>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>BuilderGroupWidget</name>
    <message>
        <source>NOT</source>
        <translation>NICHT</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>All conditions</source>
        <translation>Alle Bedingungen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Add condition to this group</source>
        <translation>Bedingung zu dieser Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add group to this group</source>
        <translation>Gruppe zu dieser Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>ALL (AND)</source>
        <translation>ALLE (UND)</translation>
    </message>
    <message>
        <source>Match all conditions (AND)</source>
        <translation>Alle Bedingungen müssen zutreffen (UND)</translation>
    </message>
    <message>
        <source>ANY (OR)</source>
        <translation>EINE (ODER)</translation>
    </message>
    <message>
        <source>Match any condition (OR)</source>
        <translation>Eine Bedingung muss zutreffen (ODER)</translation>
    </message>
    <message>
        <source>Negate this group (NOT)</source>
        <translation>Diese Gruppe verneinen (NICHT)</translation>
    </message>
</context>
<context>
    <name>BuilderItem</name>
    <message>
        <source>Drag to move</source>
        <translation>Zum Verschieben ziehen</translation>
    </message>
</context>
<context>
    <name>BuilderLabels</name>
    <message>
        <source>was sent an email</source>
        <translation>hat eine E-Mail erhalten</translation>
    </message>
    <message>
        <source>was delivered an email</source>
        <translation>wurde eine E-Mail zugestellt</translation>
    </message>
    <message>
        <source>opened an email</source>
        <translation>hat eine E-Mail geöffnet</translation>
    </message>
    <message>
        <source>clicked in an email</source>
        <translation>hat in einer E-Mail geklickt</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>hatte einen Bounce</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>hat sich abgemeldet</translation>
    </message>
    <message>
        <source>was not sent an email</source>
        <translation>hat keine E-Mail erhalten</translation>
    </message>
    <message>
        <source>was not delivered an email</source>
        <translation>wurde keine E-Mail zugestellt</translation>
    </message>
    <message>
        <source>did not open an email</source>
        <translation>hat keine E-Mail geöffnet</translation>
    </message>
    <message>
        <source>did not click in an email</source>
        <translation>hat in keiner E-Mail geklickt</translation>
    </message>
    <message>
        <source>did not bounce</source>
        <translation>hatte keinen Bounce</translation>
    </message>
    <message>
        <source>did not unsubscribe</source>
        <translation>hat sich nicht abgemeldet</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet auf</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>liegt zwischen</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>ist am</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>ist vor</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>ist nach</translation>
    </message>
    <message>
        <source>is within the last</source>
        <translation>liegt in den letzten</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>liegt mehr als</translation>
    </message>
    <message>
        <source>is in list</source>
        <translation>ist in Liste</translation>
    </message>
    <message>
        <source>is not in list</source>
        <translation>ist nicht in Liste</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>email activity</source>
        <translation>E-Mail-Aktivität</translation>
    </message>
    <message>
        <source>list membership</source>
        <translation>Listenzugehörigkeit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>does not start with</source>
        <translation>beginnt nicht mit</translation>
    </message>
    <message>
        <source>does not end with</source>
        <translation>endet nicht auf</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keiner von</translation>
    </message>
    <message>
        <source>uses arithmetic</source>
        <translation>rechnet mit Werten</translation>
    </message>
    <message>
        <source>compares two fields</source>
        <translation>vergleicht zwei Felder</translation>
    </message>
    <message>
        <source>uses a function the builder does not offer</source>
        <translation>nutzt eine Funktion, die der Baukasten nicht anbietet</translation>
    </message>
    <message>
        <source>uses a text pattern the builder does not offer</source>
        <translation>nutzt ein Textmuster, das der Baukasten nicht anbietet</translation>
    </message>
    <message>
        <source>has a value the field&apos;s editor does not take</source>
        <translation>hat einen Wert, den das Eingabefeld nicht annimmt</translation>
    </message>
    <message>
        <source>uses a sub-select other than email activity</source>
        <translation>nutzt eine Unterabfrage, die keine E-Mail-Aktivität ist</translation>
    </message>
    <message>
        <source>reads another table in a way the builder does not draw</source>
        <translation>liest eine andere Tabelle auf eine Weise, die der Baukasten nicht darstellt</translation>
    </message>
    <message>
        <source>nests groups deeper than the builder draws</source>
        <translation>verschachtelt Gruppen tiefer, als der Baukasten darstellt</translation>
    </message>
    <message>
        <source>groups rows (GROUP BY)</source>
        <translation>gruppiert Zeilen (GROUP BY)</translation>
    </message>
    <message>
        <source>is written in a form the builder does not offer</source>
        <translation>ist in einer Form geschrieben, die der Baukasten nicht anbietet</translation>
    </message>
    <message>
        <source>typed as SQL</source>
        <translation>als SQL eingegeben</translation>
    </message>
</context>
<context>
    <name>BuilderLockedPiece</name>
    <message>
        <source>SQL the builder cannot draw</source>
        <translation>SQL, das der Baukasten nicht darstellen kann</translation>
    </message>
    <message>
        <source>SQL piece</source>
        <translation>SQL-Teil</translation>
    </message>
    <message>
        <source>Kept exactly as written; edit it here or in the SQL view</source>
        <translation>Bleibt genau so, wie es geschrieben ist; bearbeiten Sie es hier oder in der SQL-Ansicht</translation>
    </message>
    <message>
        <source>SQL the builder cannot draw: %1</source>
        <translation>SQL, das der Baukasten nicht darstellen kann: %1</translation>
    </message>
</context>
<context>
    <name>BuilderRowButtons</name>
    <message>
        <source>Move %1 up (Ctrl+Up)</source>
        <translation>%1 nach oben verschieben (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move %1 down (Ctrl+Down)</source>
        <translation>%1 nach unten verschieben (Strg+Pfeil runter)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Remove %1 (Delete)</source>
        <translation>%1 entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>BuilderValueEditor</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>days ago</source>
        <translation>Tage zurück</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>value, value, …</source>
        <translation>Wert, Wert, …</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Single send id (empty: any email)</source>
        <translation>Single-Send-ID (leer: jede E-Mail)</translation>
    </message>
    <message>
        <source>any email, or a single send id</source>
        <translation>jede E-Mail oder eine Single-Send-ID</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>jemals</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>in den letzten</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>BuilderView</name>
    <message>
        <source>Visual builder</source>
        <translation>Visueller Baukasten</translation>
    </message>
    <message>
        <source>Builder problem</source>
        <translation>Problem im Baukasten</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>The outermost group cannot move</source>
        <translation>Die äußerste Gruppe kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>Statement kept as written</source>
        <translation>Anweisung wie geschrieben beibehalten</translation>
    </message>
    <message>
        <source>Kept as written (%1):
%2</source>
        <translation>Wie geschrieben beibehalten (%1):
%2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Segment changed by someone else</source>
        <translation>Segment wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>This segment was changed in SendGrid after you opened it. Each side shows what it changed in the version you started from: added on green, removed struck through on red. Choose which version to keep.</source>
        <translation>Dieses Segment wurde in SendGrid geändert, nachdem Sie es geöffnet hatten. Jede Seite zeigt, was sie an der Ausgangsversion geändert hat: Hinzugefügtes auf Grün, Entferntes durchgestrichen auf Rot. Wählen Sie, welche Version bleiben soll.</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Theirs (in SendGrid now)</source>
        <translation>Deren Version (jetzt in SendGrid)</translation>
    </message>
    <message>
        <source>Mine (your edit)</source>
        <translation>Meine Version (Ihre Bearbeitung)</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Meine über deren speichern</translation>
    </message>
    <message>
        <source>Take theirs, drop mine</source>
        <translation>Deren übernehmen, meine verwerfen</translation>
    </message>
    <message>
        <source>: query</source>
        <translation>: Abfrage</translation>
    </message>
</context>
<context>
    <name>CountFollower</name>
    <message>
        <source>SendGrid does not count a rejected query.</source>
        <translation>SendGrid zählt keine abgelehnte Abfrage.</translation>
    </message>
    <message>
        <source>SendGrid has not counted the segment within an hour; reload (F5) later.</source>
        <translation>SendGrid hat das Segment innerhalb einer Stunde nicht gezählt; später neu laden (F5).</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>The query does not parse: %1 (and %2 more)</source>
        <translation>Die Abfrage lässt sich nicht lesen: %1 (und %2 weitere)</translation>
    </message>
    <message>
        <source>The query does not parse: %1</source>
        <translation>Die Abfrage lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1:%2: error: %3</source>
        <translation>%1:%2: Fehler: %3</translation>
    </message>
    <message>
        <source>%1:%2: warning: %3</source>
        <translation>%1:%2: Warnung: %3</translation>
    </message>
    <message>
        <source>This join&apos;s condition does not relate %1 and %2: every row of one meets every row of the other</source>
        <translation>Die Bedingung dieses Joins verbindet %1 und %2 nicht: jede Zeile der einen trifft jede Zeile der anderen</translation>
    </message>
    <message>
        <source>This join&apos;s condition does not relate %1 and any of %2: every row of one meets every row of the other</source>
        <translation>Die Bedingung dieses Joins verbindet %1 mit keiner von %2: jede Zeile der einen trifft jede Zeile der anderen</translation>
    </message>
    <message>
        <source>This comment is never closed: add */</source>
        <translation>Dieser Kommentar wird nie geschlossen: */ ergänzen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a number nor a name; names that start with a digit need backticks</source>
        <translation>„%1“ ist weder eine Zahl noch ein Name; Namen, die mit einer Ziffer beginnen, brauchen Backticks</translation>
    </message>
    <message>
        <source>This number is out of range: too large, or too close to 0, for a number with a decimal point</source>
        <translation>Diese Zahl liegt außerhalb des Bereichs: zu groß oder zu nah an 0 für eine Zahl mit Dezimalpunkt</translation>
    </message>
    <message>
        <source>This whole number is too large: whole numbers go up to 9223372036854775807</source>
        <translation>Diese ganze Zahl ist zu groß: ganze Zahlen reichen bis 9223372036854775807</translation>
    </message>
    <message>
        <source>This text value is never closed: add %1 at its end</source>
        <translation>Dieser Textwert wird nie geschlossen: %1 an seinem Ende ergänzen</translation>
    </message>
    <message>
        <source>This name is never closed: add `</source>
        <translation>Dieser Name wird nie geschlossen: ` ergänzen</translation>
    </message>
    <message>
        <source>Unexpected character &quot;%1&quot;</source>
        <translation>Unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>one argument</source>
        <translation>ein Argument</translation>
    </message>
    <message>
        <source>%1 arguments</source>
        <translation>%1 Argumente</translation>
    </message>
    <message>
        <source>at least one argument</source>
        <translation>mindestens ein Argument</translation>
    </message>
    <message>
        <source>at least %1 arguments</source>
        <translation>mindestens %1 Argumente</translation>
    </message>
    <message>
        <source>A segment must select from contact_data: it is the table of contacts</source>
        <translation>Ein Segment muss aus contact_data auswählen: das ist die Tabelle der Kontakte</translation>
    </message>
    <message>
        <source>Unknown table &quot;%1&quot;: segments can only use contact_data and event_data</source>
        <translation>Unbekannte Tabelle „%1“: Segmente können nur contact_data und event_data verwenden</translation>
    </message>
    <message>
        <source>A segment selects exactly contact_id, updated_at (plus at most one MAX(…) AS name for last-event queries)</source>
        <translation>Ein Segment wählt genau contact_id, updated_at aus (dazu höchstens ein MAX(…) AS name für Abfragen nach dem letzten Ereignis)</translation>
    </message>
    <message>
        <source>Tables can only be joined on contact_id, e.g. ON c.contact_id = e.contact_id</source>
        <translation>Tabellen lassen sich nur über contact_id verbinden, z. B. ON c.contact_id = e.contact_id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table or alias of this query</source>
        <translation>„%1“ ist keine Tabelle und kein Alias dieser Abfrage</translation>
    </message>
    <message>
        <source>Paths with : only work on event_data.data</source>
        <translation>Pfade mit : gehen nur bei event_data.data</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reserved field; make sure a custom field with this name exists</source>
        <translation>„%1“ ist kein reserviertes Feld; prüfen Sie, ob es ein benutzerdefiniertes Feld dieses Namens gibt</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in %2</source>
        <translation>Unbekannte Spalte „%1“ in %2</translation>
    </message>
    <message>
        <source>%1 — did you mean &quot;%2&quot;?</source>
        <translation>%1 – meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>Unknown function %1(): segments can use array_contains, contains, lower, upper, length, concat, now, current_timestamp, timestampadd and max</source>
        <translation>Unbekannte Funktion %1(): Segmente können array_contains, contains, lower, upper, length, concat, now, current_timestamp, timestampadd und max verwenden</translation>
    </message>
    <message>
        <source>array_contains takes two arguments: a list column and a value or [values]</source>
        <translation>array_contains nimmt zwei Argumente: eine Listenspalte und einen Wert oder [Werte]</translation>
    </message>
    <message>
        <source>%1() takes %2, not %3</source>
        <translation>%1() nimmt %2, nicht %3</translation>
    </message>
    <message>
        <source>%1() is an aggregate: it belongs in the select list or HAVING, not in WHERE, ON or GROUP BY</source>
        <translation>%1() ist eine Aggregatfunktion: sie gehört in die Auswahlliste oder in HAVING, nicht in WHERE, ON oder GROUP BY</translation>
    </message>
    <message>
        <source>%1 is a Number field compared with text; remove the quotes</source>
        <translation>%1 ist ein Zahlenfeld, verglichen mit Text; entfernen Sie die Anführungszeichen</translation>
    </message>
    <message>
        <source>%1 is a Text field compared with a number; quote the value</source>
        <translation>%1 ist ein Textfeld, verglichen mit einer Zahl; setzen Sie den Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>%1 is a list; use array_contains(%1, value)</source>
        <translation>%1 ist eine Liste; verwenden Sie array_contains(%1, Wert)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is no real day or time; ISO-8601 months run 01 to 12, days to the month&apos;s last, hours 00 to 23</source>
        <translation>%1: &apos;%2&apos; ist kein echter Tag und keine echte Uhrzeit; in ISO-8601 laufen Monate von 01 bis 12, Tage bis zum letzten des Monats, Stunden von 00 bis 23</translation>
    </message>
    <message>
        <source>%1 is a date; write times as ISO-8601, e.g. &apos;2024-06-19T00:00:00Z&apos;</source>
        <translation>%1 ist ein Datum; schreiben Sie Zeiten in ISO-8601, z. B. &apos;2024-06-19T00:00:00Z&apos;</translation>
    </message>
    <message>
        <source>The query is nested too deeply: at most %1 levels of parentheses, NOT, operators, function calls and sub-selects; simplify it</source>
        <translation>Die Abfrage ist zu tief verschachtelt: höchstens %1 Ebenen aus Klammern, NOT, Operatoren, Funktionsaufrufen und Unterabfragen; vereinfachen Sie sie</translation>
    </message>
    <message>
        <source>the end of the query</source>
        <translation>das Ende der Abfrage</translation>
    </message>
    <message>
        <source>the text &apos;%1&apos;</source>
        <translation>den Text &apos;%1&apos;</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Unexpected %1 after the end of the query</source>
        <translation>Unerwartet: %1 nach dem Ende der Abfrage</translation>
    </message>
    <message>
        <source>Segments only select contacts: %1 statements are not allowed. Start with SELECT contact_id, updated_at</source>
        <translation>Segmente wählen nur Kontakte aus: %1-Anweisungen sind nicht erlaubt. Beginnen Sie mit SELECT contact_id, updated_at</translation>
    </message>
    <message>
        <source>A segment query starts with SELECT contact_id, updated_at FROM contact_data</source>
        <translation>Eine Segmentabfrage beginnt mit SELECT contact_id, updated_at FROM contact_data</translation>
    </message>
    <message>
        <source>Expected FROM after the selected columns, found %1</source>
        <translation>Nach den ausgewählten Spalten wird FROM erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>Expected a name after AS, found %1</source>
        <translation>Nach AS wird ein Name erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>Expected a table name (contact_data or event_data), found %1</source>
        <translation>Erwartet wird ein Tabellenname (contact_data oder event_data), gefunden: %1</translation>
    </message>
    <message>
        <source>Expected JOIN, found %1</source>
        <translation>JOIN erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>A join needs ON c.contact_id = e.contact_id</source>
        <translation>Ein Join braucht ON c.contact_id = e.contact_id</translation>
    </message>
    <message>
        <source>Expected BY after GROUP</source>
        <translation>Nach GROUP wird BY erwartet</translation>
    </message>
    <message>
        <source>BETWEEN needs AND: x BETWEEN low AND high</source>
        <translation>BETWEEN braucht AND: x BETWEEN niedrig AND hoch</translation>
    </message>
    <message>
        <source>Expected NULL after IS, found %1</source>
        <translation>Nach IS wird NULL erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>IN needs a list in parentheses: IN (&apos;a&apos;, &apos;b&apos;)</source>
        <translation>IN braucht eine Liste in Klammern: IN (&apos;a&apos;, &apos;b&apos;)</translation>
    </message>
    <message>
        <source>Missing ) to close the list opened at %1; found %2</source>
        <translation>Es fehlt ) zum Schließen der Liste, die bei %1 beginnt; gefunden: %2</translation>
    </message>
    <message>
        <source>Missing ) to close the ( at %1; found %2</source>
        <translation>Es fehlt ) zum Schließen der ( bei %1; gefunden: %2</translation>
    </message>
    <message>
        <source>Expected a value or a column name, found %1</source>
        <translation>Erwartet wird ein Wert oder ein Spaltenname, gefunden: %1</translation>
    </message>
    <message>
        <source>Expected a time unit after INTERVAL n (second, minute, hour, day, week, month or year), found %1</source>
        <translation>Nach INTERVAL n wird eine Zeiteinheit erwartet (second, minute, hour, day, week, month oder year), gefunden: %1</translation>
    </message>
    <message>
        <source>Expected a field name in the path, found %1</source>
        <translation>Im Pfad wird ein Feldname erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>Missing ) to close %1(…), found %2</source>
        <translation>Es fehlt ) zum Schließen von %1(…), gefunden: %2</translation>
    </message>
    <message>
        <source>Missing ] to close the list, found %1</source>
        <translation>Es fehlt ] zum Schließen der Liste, gefunden: %1</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Older query</source>
        <translation>Ältere Abfrage</translation>
    </message>
    <message>
        <source>Newer query</source>
        <translation>Neuere Abfrage</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Select a version to see what it changed, or two to compare them.</source>
        <translation>Wählen Sie eine Version, um zu sehen, was sie geändert hat, oder zwei, um sie zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the query</source>
        <translation>
            <numerusform>%n Änderung in der Abfrage</numerusform>
            <numerusform>%n Änderungen in der Abfrage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>Restore unsaved edits?</source>
        <translation>Ungespeicherte Bearbeitungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore them in the editor (nothing is sent until you save)?</source>
        <translation>Im Editor wiederherstellen (nichts wird gesendet, bevor Sie speichern)?</translation>
    </message>
</context>
<context>
    <name>EditFlow</name>
    <message>
        <source>Opening segment…</source>
        <translation>Segment wird geöffnet …</translation>
    </message>
    <message>
        <source>Opening the segment failed</source>
        <translation>Das Segment konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Local drafts</source>
        <translation>Lokale Entwürfe</translation>
    </message>
    <message>
        <source>Local history</source>
        <translation>Lokaler Verlauf</translation>
    </message>
    <message>
        <source>Counting &quot;%1&quot;…</source>
        <translation>„%1“ wird gezählt …</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot;…</source>
        <translation>„%1“ wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: the segment changed in SendGrid. Your edit is kept.</source>
        <translation>Nicht gespeichert: Das Segment wurde in SendGrid geändert. Ihre Bearbeitung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Not saved: the save was stopped. Your edit is kept; Ctrl+S sends it.</source>
        <translation>Nicht gespeichert: Das Speichern wurde abgebrochen. Ihre Bearbeitung bleibt erhalten; Strg+S sendet sie.</translation>
    </message>
    <message>
        <source>Not saved (your edit is kept)</source>
        <translation>Nicht gespeichert (Ihre Bearbeitung bleibt erhalten)</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;: SendGrid&apos;s reply did not confirm it (%2), but the segment in SendGrid has your change.</source>
        <translation>„%1“ gespeichert: Die Antwort von SendGrid bestätigte es nicht (%2), aber das Segment in SendGrid enthält Ihre Änderung.</translation>
    </message>
    <message>
        <source>Not saved: SendGrid&apos;s reply did not confirm the save (%1), and the segment in SendGrid does not have your change. Your edit is kept. Check the connection and save again (Ctrl+S) to send it.</source>
        <translation>Nicht gespeichert: Die Antwort von SendGrid bestätigte das Speichern nicht (%1), und das Segment in SendGrid enthält Ihre Änderung nicht. Ihre Bearbeitung bleibt erhalten. Prüfen Sie die Verbindung und speichern Sie erneut (Strg+S), um sie zu senden.</translation>
    </message>
    <message>
        <source>Reading the segment again failed</source>
        <translation>Das Segment erneut zu lesen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed in SendGrid since you opened it. Your unsaved edit is kept; saving it shows both versions to choose from.</source>
        <translation>„%1“ wurde in SendGrid geändert, seit Sie es geöffnet haben. Ihre ungespeicherte Änderung bleibt erhalten; beim Speichern werden beide Fassungen zur Wahl gezeigt.</translation>
    </message>
</context>
<context>
    <name>EditGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved in SendGrid.</source>
        <translation>„%1“ hat Änderungen, die nicht in SendGrid gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them now, discard them, or stay here?</source>
        <translation>Jetzt speichern, verwerfen oder hierbleiben?</translation>
    </message>
    <message>
        <source>They cannot be saved as they are (see the editor): discard them, or stay here to fix them?</source>
        <translation>So können sie nicht gespeichert werden (siehe Editor): verwerfen oder hierbleiben, um sie zu korrigieren?</translation>
    </message>
    <message>
        <source>Production account</source>
        <translation>Produktivkonto</translation>
    </message>
    <message>
        <source>%1 in the production account &quot;%2&quot;?</source>
        <translation>%1 im Produktivkonto „%2“?</translation>
    </message>
    <message>
        <source>Campaigns that use this segment send to its new contacts. SegmentDesk asks once per session.</source>
        <translation>Kampagnen, die dieses Segment verwenden, senden an seine neuen Kontakte. SegmentDesk fragt einmal pro Sitzung.</translation>
    </message>
    <message>
        <source>Save &quot;%1&quot;</source>
        <translation>„%1“ speichern</translation>
    </message>
    <message>
        <source>Save a query with errors?</source>
        <translation>Eine Abfrage mit Fehlern speichern?</translation>
    </message>
    <message>
        <source>The query of &quot;%1&quot; has an error:
%2</source>
        <translation>Die Abfrage von „%1“ hat einen Fehler:
%2</translation>
    </message>
    <message>
        <source>SendGrid will mark the segment INVALID: campaigns that use it reach nobody until the query is fixed. The saved query stays in the local history, so it can be restored.</source>
        <translation>SendGrid wird das Segment als INVALID markieren: Kampagnen, die es verwenden, erreichen niemanden, bis die Abfrage korrigiert ist. Die gespeicherte Abfrage bleibt im lokalen Verlauf und kann wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find segment</source>
        <translation>Segment &amp;suchen</translation>
    </message>
    <message>
        <source>F&amp;ormat query</source>
        <translation>Abfrage &amp;formatieren</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>&amp;Zurücksetzen …</translation>
    </message>
    <message>
        <source>the new name &quot;%1&quot; (back to &quot;%2&quot;)</source>
        <translation>der neue Name „%1“ (zurück zu „%2“)</translation>
    </message>
    <message>
        <source>your changes to the query</source>
        <translation>Ihre Änderungen an der Abfrage</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert &quot;%1&quot; to the version saved in SendGrid?</source>
        <translation>„%1“ auf die in SendGrid gespeicherte Version zurücksetzen?</translation>
    </message>
    <message>
        <source>Lost: %1. The draft kept for this segment is dropped too.</source>
        <translation>Verloren gehen: %1. Der für dieses Segment aufbewahrte Entwurf wird ebenfalls verworfen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>EditViews</name>
    <message>
        <source>Restored your unsaved edit from %1.</source>
        <translation>Ihre ungespeicherte Bearbeitung vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>SendGrid says the query is %1.</source>
        <translation>Laut SendGrid ist die Abfrage %1.</translation>
    </message>
    <message>
        <source>Version %1 is in the editor: review it, then save to restore it.</source>
        <translation>Version %1 ist im Editor: Prüfen Sie sie und speichern Sie, um sie wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>ErrorAdvice</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source> Try again after %1.</source>
        <translation> Versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <source> Try again later.</source>
        <translation> Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source> Reload (F5) to see whether it was applied before saving again.</source>
        <translation> Laden Sie neu (F5), um zu sehen, ob es übernommen wurde, bevor Sie erneut speichern.</translation>
    </message>
    <message>
        <source> Check the connection and try again (F5 reloads, Ctrl+S saves).</source>
        <translation> Prüfen Sie die Verbindung und versuchen Sie es erneut (F5 lädt neu, Strg+S speichert).</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Complete the name or value at the cursor (SQL view)</source>
        <translation>Namen oder Wert an der Schreibmarke vervollständigen (SQL-Ansicht)</translation>
    </message>
    <message>
        <source>Move the condition up (Visual view)</source>
        <translation>Bedingung nach oben verschieben (visuelle Ansicht)</translation>
    </message>
    <message>
        <source>Move the condition down (Visual view)</source>
        <translation>Bedingung nach unten verschieben (visuelle Ansicht)</translation>
    </message>
    <message>
        <source>Remove the condition (Visual view)</source>
        <translation>Bedingung entfernen (visuelle Ansicht)</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>Ansicht „%1“ zeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Bedienung</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About SegmentDesk</source>
        <translation>&amp;Über SegmentDesk</translation>
    </message>
    <message>
        <source>About SegmentDesk</source>
        <translation>Über SegmentDesk</translation>
    </message>
    <message>
        <source>SegmentDesk %1</source>
        <translation>SegmentDesk %1</translation>
    </message>
    <message>
        <source>Edits the segments of SendGrid Marketing Campaigns.

Licence: MIT
API host: %1
Qt: %2 (built with %3)</source>
        <translation>Bearbeitet die Segmente von SendGrid Marketing Campaigns.

Lizenz: MIT
API-Host: %1
Qt: %2 (erstellt mit %3)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
</context>
<context>
    <name>HistoryFlow</name>
    <message>
        <source>No local history is kept for this session.</source>
        <translation>In dieser Sitzung wird kein lokaler Verlauf geführt.</translation>
    </message>
    <message>
        <source>Open a segment to see its history.</source>
        <translation>Öffnen Sie ein Segment, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Local history: %1</source>
        <translation>Lokaler Verlauf: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Saved by SegmentDesk</source>
        <translation>Von SegmentDesk gespeichert</translation>
    </message>
    <message>
        <source>Read from SendGrid: changed elsewhere, or first seen then</source>
        <translation>Von SendGrid gelesen: anderswo geändert oder damals zum ersten Mal gesehen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Select a version to see what it changed; Ctrl+click a second one to compare the two.</source>
        <translation>Wählen Sie eine Version, um zu sehen, was sie geändert hat; Strg+Klick auf eine zweite vergleicht beide.</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <source>Put this version&apos;s name and query into the editor, to review and save</source>
        <translation>Name und Abfrage dieser Version in den Editor übernehmen, zum Prüfen und Speichern</translation>
    </message>
    <message>
        <source>Open a segment to see its history.</source>
        <translation>Öffnen Sie ein Segment, um seinen Verlauf zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), newest first.</source>
        <translation>
            <numerusform>%n Version, die neueste zuerst.</numerusform>
            <numerusform>%n Versionen, die neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before version %1</source>
        <translation>Vor Version %1</translation>
    </message>
    <message>
        <source>Version %1, %2 (%3)</source>
        <translation>Version %1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ListFlow</name>
    <message>
        <source>Local drafts: %1</source>
        <translation>Lokale Entwürfe: %1</translation>
    </message>
    <message>
        <source>SegmentDesk closed before your edit of &quot;%1&quot; was saved.</source>
        <translation>SegmentDesk wurde beendet, bevor Ihre Bearbeitung von „%1“ gespeichert war.</translation>
    </message>
    <message>
        <source>SegmentDesk closed before %1 edits were saved: %2.</source>
        <translation>SegmentDesk wurde beendet, bevor %1 Bearbeitungen gespeichert waren: %2.</translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <source>the query has errors; fix them to see a preview</source>
        <translation>die Abfrage hat Fehler; beheben Sie sie, um eine Vorschau zu sehen</translation>
    </message>
    <message>
        <source>the saved query has errors; there is nothing to compare with</source>
        <translation>die gespeicherte Abfrage hat Fehler; es gibt nichts zum Vergleichen</translation>
    </message>
    <message>
        <source>it has no field or list condition</source>
        <translation>sie hat keine Feld- oder Listenbedingung</translation>
    </message>
    <message>
        <source>sub-selects (such as &quot;never opened&quot;) have no contacts-search equivalent</source>
        <translation>Unterabfragen (wie „nie geöffnet“) haben keine Entsprechung in der Kontaktsuche</translation>
    </message>
    <message>
        <source>event data paths have no contacts-search equivalent</source>
        <translation>Pfade in Ereignisdaten haben keine Entsprechung in der Kontaktsuche</translation>
    </message>
    <message>
        <source>timestampadd() has no contacts-search equivalent</source>
        <translation>timestampadd() hat keine Entsprechung in der Kontaktsuche</translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation>die Zahl %1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>array_contains needs two arguments</source>
        <translation>array_contains braucht zwei Argumente</translation>
    </message>
    <message>
        <source>array_contains needs at least one value</source>
        <translation>array_contains braucht mindestens einen Wert</translation>
    </message>
    <message>
        <source>engagement conditions (event_data) have no contacts-search equivalent</source>
        <translation>Bedingungen zur E-Mail-Aktivität (event_data) haben keine Entsprechung in der Kontaktsuche</translation>
    </message>
    <message>
        <source>GROUP BY and HAVING have no contacts-search equivalent</source>
        <translation>GROUP BY und HAVING haben keine Entsprechung in der Kontaktsuche</translation>
    </message>
    <message>
        <source>the query has no condition to preview; every contact matches</source>
        <translation>die Abfrage hat keine Bedingung für eine Vorschau; jeder Kontakt passt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copied the segment id %1.</source>
        <translation>Segment-ID %1 kopiert.</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Loading segments…</source>
        <translation>Segmente werden geladen …</translation>
    </message>
    <message>
        <source>Loading segments failed</source>
        <translation>Die Segmente konnten nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot;… open another segment once it is saved, or press Esc to stop saving.</source>
        <translation>„%1“ wird gespeichert … Öffnen Sie ein anderes Segment, sobald es gespeichert ist, oder drücken Sie Esc, um das Speichern abzubrechen.</translation>
    </message>
    <message>
        <source>Connecting to &quot;%1&quot;…</source>
        <translation>Verbindung mit „%1“ …</translation>
    </message>
    <message>
        <source>Generating the sample data again…</source>
        <translation>Die Beispieldaten werden neu erzeugt …</translation>
    </message>
    <message>
        <source>%1 (not connected) — SegmentDesk</source>
        <translation>%1 (nicht verbunden) — SegmentDesk</translation>
    </message>
    <message>
        <source>Preview and SendGrid&apos;s answer</source>
        <translation>Vorschau und Antwort von SendGrid</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>Give the segment a name.</source>
        <translation>Geben Sie dem Segment einen Namen.</translation>
    </message>
    <message>
        <source>A name cannot be only spaces; give the segment a name.</source>
        <translation>Ein Name darf nicht nur aus Leerzeichen bestehen; geben Sie dem Segment einen Namen.</translation>
    </message>
    <message>
        <source>Names cannot hold control characters such as tabs or line breaks.</source>
        <translation>Namen dürfen keine Steuerzeichen wie Tabulatoren oder Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>Names have at most 100 characters (this one has %1).</source>
        <translation>Namen haben höchstens 100 Zeichen (dieser hat %1).</translation>
    </message>
    <message>
        <source>Another segment is already called &quot;%1&quot;; names must be unique.</source>
        <translation>Ein anderes Segment heißt bereits „%1“; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Another segment is called &quot;%1&quot;: the same but for capitals, spaces or how letters are encoded. Two such names are easily mixed up.</source>
        <translation>Ein anderes Segment heißt „%1“: gleich bis auf Groß- und Kleinschreibung, Leerzeichen oder die Kodierung der Buchstaben. Solche Namen werden leicht verwechselt.</translation>
    </message>
</context>
<context>
    <name>NewSegmentDialog</name>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>Name of the new segment</source>
        <translation>Name des neuen Segments</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Ausgangspunkt:</translation>
    </message>
    <message>
        <source>The query opens in the editor after creating; SendGrid counts the segment on its schedule.</source>
        <translation>Die Abfrage öffnet sich nach dem Anlegen im Editor; SendGrid zählt das Segment nach seinem Zeitplan.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview: matching contacts</source>
        <translation>Vorschau: passende Kontakte</translation>
    </message>
    <message>
        <source>Preview: contacts who would join</source>
        <translation>Vorschau: Kontakte, die hinzukämen</translation>
    </message>
    <message>
        <source>Preview: contacts who would leave</source>
        <translation>Vorschau: Kontakte, die herausfielen</translation>
    </message>
    <message>
        <source>Would match:</source>
        <translation>Träfe zu auf:</translation>
    </message>
    <message>
        <source>Would join:</source>
        <translation>Kämen hinzu:</translation>
    </message>
    <message>
        <source>Would leave:</source>
        <translation>Fielen heraus:</translation>
    </message>
    <message>
        <source>Preview of your unsaved query: searching…</source>
        <translation>Vorschau Ihrer ungespeicherten Abfrage: wird gesucht…</translation>
    </message>
    <message>
        <source>Preview of your unsaved query as of %1 — not a saved count; SendGrid counts the segment once it is saved</source>
        <translation>Vorschau Ihrer ungespeicherten Abfrage, Stand %1 – keine gespeicherte Zählung; SendGrid zählt das Segment, sobald es gespeichert ist</translation>
    </message>
    <message>
        <source>no preview: %1</source>
        <translation>keine Vorschau: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln contact(s) match the field and list conditions; email activity is counted by SendGrid after saving (about 30 minutes for a new condition)</source>
        <translation>
            <numerusform>höchstens %Ln Kontakt erfüllt die Feld- und Listenbedingungen; E-Mail-Aktivität zählt SendGrid nach dem Speichern (bei einer neuen Bedingung nach etwa 30 Minuten)</numerusform>
            <numerusform>höchstens %Ln Kontakte erfüllen die Feld- und Listenbedingungen; E-Mail-Aktivität zählt SendGrid nach dem Speichern (bei einer neuen Bedingung nach etwa 30 Minuten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profile …</translation>
    </message>
    <message>
        <source>Add, edit or remove SendGrid accounts (Ctrl+Shift+P)</source>
        <translation>SendGrid-Konten hinzufügen, bearbeiten oder entfernen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Open profile %1</source>
        <translation>Profil %1 öffnen</translation>
    </message>
    <message>
        <source>Profiles: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source> (Ctrl+%1)</source>
        <translation> (Strg+%1)</translation>
    </message>
    <message>
        <source>%1 (this run only)</source>
        <translation>%1 (nur für diesen Start)</translation>
    </message>
    <message>
        <source>API key for this session</source>
        <translation>API-Schlüssel für diese Sitzung</translation>
    </message>
    <message>
        <source>Reset sample data</source>
        <translation>Beispieldaten zurücksetzen</translation>
    </message>
    <message>
        <source>Generate the sample data again?</source>
        <translation>Die Beispieldaten neu erzeugen?</translation>
    </message>
    <message>
        <source>Every change made to the sample segments, and any unsaved edit, is lost. Your SendGrid accounts are not touched.</source>
        <translation>Alle Änderungen an den Beispielsegmenten und jede ungespeicherte Bearbeitung gehen verloren. Ihre SendGrid-Konten bleiben unberührt.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Read-only: never change segments with this profile</source>
        <translation>Schreibgeschützt: mit diesem Profil nie Segmente ändern</translation>
    </message>
    <message>
        <source>S&amp;how the key while typing</source>
        <translation>Schlüssel beim &amp;Tippen zeigen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Save and &amp;open</source>
        <translation>Speichern und ö&amp;ffnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Global (api.sendgrid.com)</source>
        <translation>Global (api.sendgrid.com)</translation>
    </message>
    <message>
        <source>EU (api.eu.sendgrid.com)</source>
        <translation>EU (api.eu.sendgrid.com)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <source>https://… (http only for this computer)</source>
        <translation>https://… (http nur für diesen Computer)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Production (red; asks before changes)</source>
        <translation>Produktion (rot; fragt vor Änderungen)</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Kennzeichen:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Kept in the keychain; type a new key to replace it</source>
        <translation>Im Schlüsselbund gespeichert; geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>The sample-data profile is built in: it cannot be changed or removed.</source>
        <translation>Das Beispieldaten-Profil ist eingebaut: Es kann nicht geändert oder entfernt werden.</translation>
    </message>
    <message>
        <source>SendGrid</source>
        <translation>SendGrid</translation>
    </message>
    <message>
        <source>SG.…</source>
        <translation>SG.…</translation>
    </message>
    <message>
        <source>Name the account, choose its region and paste an API key with Marketing scopes. The key goes to the system keychain, never to a file.</source>
        <translation>Benennen Sie das Konto, wählen Sie seine Region und fügen Sie einen API-Schlüssel mit Marketing-Berechtigungen ein. Der Schlüssel kommt in den Schlüsselbund des Systems, nie in eine Datei.</translation>
    </message>
    <message>
        <source>Paste the API key of this account first.</source>
        <translation>Fügen Sie zuerst den API-Schlüssel dieses Kontos ein.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation>Der Schlüssel wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its key is in the system keychain.</source>
        <translation>„%1“ gespeichert; sein Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Made &quot;%1&quot;. A copy has no key yet: paste one and save.</source>
        <translation>„%1“ erstellt. Eine Kopie hat noch keinen Schlüssel: Fügen Sie einen ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain. The segments in SendGrid are not touched.</source>
        <translation>Sein API-Schlüssel wird aus dem Schlüsselbund gelöscht. Die Segmente in SendGrid bleiben unberührt.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its key could not be deleted from the keychain: %2</source>
        <translation>„%1“ entfernt, aber sein Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its key.</source>
        <translation>„%1“ und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>Asking SendGrid what this key may do…</source>
        <translation>SendGrid wird gefragt, was dieser Schlüssel darf …</translation>
    </message>
    <message>
        <source>Paste the API key to test it.</source>
        <translation>Fügen Sie den API-Schlüssel ein, um ihn zu testen.</translation>
    </message>
    <message>
        <source>No key is stored for this profile yet: paste one.</source>
        <translation>Für dieses Profil ist noch kein Schlüssel gespeichert: Fügen Sie einen ein.</translation>
    </message>
    <message>
        <source>SendGrid rejected this key (401): check that it is complete and not revoked.</source>
        <translation>SendGrid hat diesen Schlüssel abgelehnt (401): Prüfen Sie, ob er vollständig ist und nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>Connected. Read segments: %1 · create: %2 · update: %3 · delete: %4.</source>
        <translation>Verbunden. Segmente lesen: %1 · anlegen: %2 · ändern: %3 · löschen: %4.</translation>
    </message>
    <message>
        <source> This key cannot change segments: the profile opens read-only.</source>
        <translation> Dieser Schlüssel kann keine Segmente ändern: Das Profil öffnet sich schreibgeschützt.</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>SendGrid rejected this API key (401).</source>
        <translation>SendGrid hat diesen API-Schlüssel abgelehnt (401).</translation>
    </message>
    <message>
        <source>It may be mistyped, incomplete or revoked. Saved, it makes &quot;%1&quot; fail to open until the key is replaced. Save it anyway?</source>
        <translation>Er ist vielleicht vertippt, unvollständig oder widerrufen. Gespeichert lässt er „%1“ nicht öffnen, bis der Schlüssel ersetzt ist. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Not saved: SendGrid rejected this key (401).</source>
        <translation>Nicht gespeichert: SendGrid hat diesen Schlüssel abgelehnt (401).</translation>
    </message>
    <message>
        <source>Checking the key with SendGrid…</source>
        <translation>Der Schlüssel wird bei SendGrid geprüft …</translation>
    </message>
    <message>
        <source>%1 SegmentDesk keeps this key for this session only; enter it again next time.</source>
        <translation>%1 SegmentDesk behält diesen Schlüssel nur für diese Sitzung; geben Sie ihn beim nächsten Mal erneut ein.</translation>
    </message>
</context>
<context>
    <name>ProfileFlow</name>
    <message>
        <source>The profile &quot;%1&quot; is read-only (Profiles, Ctrl+Shift+P).</source>
        <translation>Das Profil „%1“ ist schreibgeschützt (Profile, Strg+Umschalt+P).</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; cannot change segments: it has no Marketing write scope.</source>
        <translation>Der API-Schlüssel von „%1“ kann keine Segmente ändern: Ihm fehlt die Schreibberechtigung für Marketing.</translation>
    </message>
    <message>
        <source>Local drafts: %1</source>
        <translation>Lokale Entwürfe: %1</translation>
    </message>
    <message>
        <source>Profiles: %1</source>
        <translation>Profile: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>der Speicher ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Drafts cannot be kept, so edits are not protected against a crash,</source>
        <translation>Entwürfe können nicht gespeichert werden, Bearbeitungen sind also nicht gegen einen Absturz geschützt,</translation>
    </message>
    <message>
        <source>the file cannot be put in WAL mode</source>
        <translation>die Datei kann nicht in den WAL-Modus versetzt werden</translation>
    </message>
    <message>
        <source>The draft could not be kept</source>
        <translation>Der Entwurf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The drafts could not be removed</source>
        <translation>Die Entwürfe konnten nicht entfernt werden</translation>
    </message>
    <message>
        <source>The draft could not be read</source>
        <translation>Der Entwurf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The drafts could not be read</source>
        <translation>Die Entwürfe konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The history of segment versions cannot be kept</source>
        <translation>Der Verlauf der Segmentversionen kann nicht geführt werden</translation>
    </message>
    <message>
        <source>The version of &quot;%1&quot; could not be kept</source>
        <translation>Die Version von „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The history of %1 could not be read</source>
        <translation>Der Verlauf von %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Version %1 could not be read</source>
        <translation>Version %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>no version has this id</source>
        <translation>keine Version hat diese ID</translation>
    </message>
    <message>
        <source>The segments with history could not be read</source>
        <translation>Die Segmente mit Verlauf konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Cannot use this server</source>
        <translation>Dieser Server kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>The sample-data sandbox did not start: %1</source>
        <translation>Die Sandbox mit den Beispieldaten ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>the connection is not SQLite&apos;s</source>
        <translation>die Verbindung ist keine SQLite-Verbindung</translation>
    </message>
    <message>
        <source>the file is damaged or no SQLite database (%1); it was left as it is</source>
        <translation>die Datei ist beschädigt oder keine SQLite-Datenbank (%1); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>cannot bring the file from schema version %1 to %2 (%3)</source>
        <translation>die Datei kann nicht von Schemaversion %1 auf %2 gebracht werden (%3)</translation>
    </message>
    <message>
        <source>a newer SegmentDesk wrote this file (schema version %1; this one knows up to %2); it was left as it is</source>
        <translation>ein neueres SegmentDesk hat diese Datei geschrieben (Schemaversion %1; diese Version kennt bis %2); sie wurde nicht verändert</translation>
    </message>
</context>
<context>
    <name>QueryViews</name>
    <message>
        <source>Query views</source>
        <translation>Ansichten der Abfrage</translation>
    </message>
    <message>
        <source>Visual or SQL view of the query</source>
        <translation>Visuelle oder SQL-Ansicht der Abfrage</translation>
    </message>
    <message>
        <source>&amp;Visual</source>
        <translation>&amp;Visuell</translation>
    </message>
    <message>
        <source>S&amp;QL</source>
        <translation>S&amp;QL</translation>
    </message>
    <message>
        <source>Build the query from conditions</source>
        <translation>Die Abfrage aus Bedingungen zusammenstellen</translation>
    </message>
    <message>
        <source>Edit the query as SQL</source>
        <translation>Die Abfrage als SQL bearbeiten</translation>
    </message>
    <message>
        <source>The builder shows the last reading that parsed and cannot be edited until the SQL parses again. %1</source>
        <translation>Der Baukasten zeigt den letzten lesbaren Stand und kann erst wieder bearbeitet werden, wenn das SQL lesbar ist. %1</translation>
    </message>
    <message>
        <source>Not in the SQL yet: %1</source>
        <translation>Noch nicht im SQL: %1</translation>
    </message>
    <message>
        <source>Reading the query…</source>
        <translation>Die Abfrage wird gelesen …</translation>
    </message>
</context>
<context>
    <name>RecreateDialog</name>
    <message>
        <source>Recreate a deleted segment</source>
        <translation>Ein gelöschtes Segment neu anlegen</translation>
    </message>
    <message>
        <source>Deleted segments</source>
        <translation>Gelöschte Segmente</translation>
    </message>
    <message>
        <source>&amp;Recreate from this version</source>
        <translation>Aus dieser Version &amp;neu anlegen</translation>
    </message>
    <message>
        <source>Create a new segment in SendGrid with this version&apos;s name and query</source>
        <translation>Ein neues Segment in SendGrid mit Name und Abfrage dieser Version anlegen</translation>
    </message>
    <message>
        <source>The local history cannot be read: %1</source>
        <translation>Der lokale Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — last seen %2</source>
        <translation>%1 — zuletzt gesehen %2</translation>
    </message>
    <message>
        <source>No deleted segment of this profile has local history.</source>
        <translation>Kein gelöschtes Segment dieses Profils hat einen lokalen Verlauf.</translation>
    </message>
    <message>
        <source>No deleted segment is selected.</source>
        <translation>Kein gelöschtes Segment ausgewählt.</translation>
    </message>
    <message>
        <source>Local history: %1</source>
        <translation>Lokaler Verlauf: %1</translation>
    </message>
    <message>
        <source>Pick a deleted segment and the version to create again. The new segment gets a new id; its history starts anew. Parent lists are not kept in the history: it matches the whole account.</source>
        <translation>Wählen Sie ein gelöschtes Segment und die Version, die neu angelegt werden soll. Das neue Segment erhält eine neue ID; sein Verlauf beginnt neu. Übergeordnete Listen sind nicht im Verlauf gespeichert: es umfasst das ganze Konto.</translation>
    </message>
</context>
<context>
    <name>RefreshQuota</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>SendGrid allows one manual refresh per segment per hour</source>
        <translation>SendGrid erlaubt eine manuelle Aktualisierung pro Segment und Stunde</translation>
    </message>
    <message>
        <source>both manual refreshes of this segment for today are used (2 per day)</source>
        <translation>beide manuellen Aktualisierungen dieses Segments für heute sind verbraucht (2 pro Tag)</translation>
    </message>
    <message>
        <source>the account&apos;s 10 manual refreshes for today are used, across all segments</source>
        <translation>die 10 manuellen Aktualisierungen des Kontos für heute sind verbraucht, über alle Segmente</translation>
    </message>
    <message>
        <source>SendGrid refused the refresh: a refresh quota is used up</source>
        <translation>SendGrid hat die Aktualisierung verweigert: Ein Kontingent ist verbraucht</translation>
    </message>
    <message>
        <source>; you can refresh again at %1.</source>
        <translation>; Sie können um %1 wieder aktualisieren.</translation>
    </message>
    <message>
        <source>; try again later.</source>
        <translation>; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
</context>
<context>
    <name>ResponsePanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>%1 min overdue</source>
        <translation>seit %1 Min. überfällig</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 Min.</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>in %1 Std.</translation>
    </message>
    <message>
        <source>Re&amp;fresh count</source>
        <translation>Anzahl a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh count &amp;now</source>
        <translation>Anzahl &amp;jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Refresh count</source>
        <translation>Anzahl aktualisieren</translation>
    </message>
    <message>
        <source>Contact sample</source>
        <translation>Kontaktstichprobe</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy sample</source>
        <translation>Stichprobe kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export sample as CSV</source>
        <translation>Stichprobe als CSV exportieren</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>Nächste Aktualisierung:</translation>
    </message>
    <message>
        <source>Manual refreshes:</source>
        <translation>Manuelle Aktualisierungen:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Zeiten:</translation>
    </message>
    <message>
        <source>Refresh count now</source>
        <translation>Anzahl jetzt aktualisieren</translation>
    </message>
    <message>
        <source>%1 as of %2%3</source>
        <translation>%1, Stand %2%3</translation>
    </message>
    <message>
        <source> — stale: from the previous query</source>
        <translation> — veraltet: von der vorigen Abfrage</translation>
    </message>
    <message>
        <source> — stale: counted before the last edit</source>
        <translation> — veraltet: vor der letzten Bearbeitung gezählt</translation>
    </message>
    <message>
        <source>created %1
updated %2
last manual refresh %3</source>
        <translation>angelegt %1
geändert %2
letzte manuelle Aktualisierung %3</translation>
    </message>
    <message>
        <source>%1 of %2 used today</source>
        <translation>%1 von %2 heute verbraucht</translation>
    </message>
    <message>
        <source>Count and sample are from the previous query, as of %1; SendGrid recounts on its schedule (next: %2).</source>
        <translation>Anzahl und Stichprobe stammen von der vorigen Abfrage, Stand %1; SendGrid zählt nach seinem Zeitplan neu (nächstes Mal: %2).</translation>
    </message>
    <message>
        <source>Sample (from the previous query):</source>
        <translation>Stichprobe (von der vorigen Abfrage):</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Stichprobe:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Both manual refreshes of today are used; SendGrid allows 2 per segment per day.</source>
        <translation>Beide manuellen Aktualisierungen von heute sind verbraucht; SendGrid erlaubt 2 pro Segment und Tag.</translation>
    </message>
    <message>
        <source>SendGrid allows one manual refresh per hour; the last was at %1.</source>
        <translation>SendGrid erlaubt eine manuelle Aktualisierung pro Stunde; die letzte war um %1.</translation>
    </message>
    <message>
        <source>Count the segment&apos;s contacts now (2 per day).</source>
        <translation>Die Kontakte des Segments jetzt zählen (2 pro Tag).</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n contact(s) (CSV) to the clipboard.</source>
        <translation>
            <numerusform>%n Kontakt (CSV) in die Zwischenablage kopiert.</numerusform>
            <numerusform>%n Kontakte (CSV) in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>Export contact sample</source>
        <translation>Kontaktstichprobe exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n Kontakt nach %1 exportiert.</numerusform>
            <numerusform>%n Kontakte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted: SendGrid does not count a rejected query</source>
        <translation>nicht gezählt: SendGrid zählt keine abgelehnte Abfrage</translation>
    </message>
    <message>
        <source>not counted yet: SendGrid counts a new segment once it has checked the query</source>
        <translation>noch nicht gezählt: SendGrid zählt ein neues Segment, sobald es die Abfrage geprüft hat</translation>
    </message>
    <message>
        <source>not counted yet: SendGrid counts a new segment within minutes; the count shows here when it does</source>
        <translation>noch nicht gezählt: SendGrid zählt ein neues Segment innerhalb von Minuten; die Zahl erscheint dann hier</translation>
    </message>
    <message>
        <source>first count awaited</source>
        <translation>erste Zählung erwartet</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The sample data in %1 cannot be removed; check the folder&apos;s permissions.</source>
        <translation>Die Beispieldaten in %1 können nicht entfernt werden; prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>SampleModel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>%1
(%2 characters in all; Copy and Export give them all)</source>
        <translation>%1
(%2 Zeichen insgesamt; Kopieren und Exportieren geben alle wieder)</translation>
    </message>
</context>
<context>
    <name>SaveSession</name>
    <message>
        <source>SendGrid&apos;s rate limit is reached</source>
        <translation>Das Anfragelimit von SendGrid ist erreicht</translation>
    </message>
    <message>
        <source>SendGrid answered with a server error (HTTP %1)</source>
        <translation>SendGrid antwortete mit einem Serverfehler (HTTP %1)</translation>
    </message>
    <message>
        <source>SendGrid did not answer in time</source>
        <translation>SendGrid hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the connection to SendGrid failed</source>
        <translation>die Verbindung zu SendGrid ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot;: %2; sending again in %3 s (Esc or Cancel stops)</source>
        <translation>„%1“ wird gespeichert: %2; erneutes Senden in %3 s (Esc oder Abbrechen beendet)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is locked or unavailable: it is locked, or access to it was refused. Unlock it (log in to the desktop again, or open your keyring app) to keep API keys there.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar: Er ist gesperrt, oder der Zugriff wurde verweigert. Entsperren Sie ihn (melden Sie sich erneut am Desktop an oder öffnen Sie Ihre Schlüsselbund-App), um API-Schlüssel dort aufzubewahren.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable: this computer has no keychain service running, such as GNOME Keyring or KDE Wallet. Install or start one and log in again to keep API keys there; until then a key is asked for in each session. The sample data needs no key.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar: Auf diesem Computer läuft kein Schlüsselbund-Dienst wie GNOME Keyring oder KDE Wallet. Installieren oder starten Sie einen und melden Sie sich erneut an, um API-Schlüssel dort aufzubewahren; bis dahin wird in jeder Sitzung nach dem Schlüssel gefragt. Die Beispieldaten brauchen keinen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>SegmentActionsFlow</name>
    <message>
        <source>&quot;%1&quot; is being saved: delete it once the save has landed.</source>
        <translation>„%1“ wird gerade gespeichert: löschen Sie es, sobald das Speichern abgeschlossen ist.</translation>
    </message>
    <message>
        <source>No local history is kept for this session: nothing to recreate.</source>
        <translation>In dieser Sitzung wird kein lokaler Verlauf geführt: Es gibt nichts neu anzulegen.</translation>
    </message>
    <message>
        <source>Load the segment list first (F5): only then is it known which segments were deleted.</source>
        <translation>Laden Sie zuerst die Segmentliste (F5): erst dann ist bekannt, welche Segmente gelöscht wurden.</translation>
    </message>
    <message>
        <source>Creating &quot;%1&quot;…</source>
        <translation>„%1“ wird angelegt …</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Nicht angelegt</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;.</source>
        <translation>„%1“ angelegt.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>„%1“ wird gelöscht …</translation>
    </message>
</context>
<context>
    <name>SegmentCommands</name>
    <message>
        <source>&amp;New segment…</source>
        <translation>Neues Se&amp;gment …</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Recreate deleted segment…</source>
        <translation>Gelöschtes Segment &amp;neu anlegen …</translation>
    </message>
    <message>
        <source>Create &quot;%1&quot;</source>
        <translation>„%1“ anlegen</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Segment löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; (%Ln contact(s)) from SendGrid?</source>
        <translation>
            <numerusform>„%1“ (%Ln Kontakt) aus SendGrid löschen?</numerusform>
            <numerusform>„%1“ (%Ln Kontakte) aus SendGrid löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (not counted yet) from SendGrid?</source>
        <translation>„%1“ (noch nicht gezählt) aus SendGrid löschen?</translation>
    </message>
    <message>
        <source>Campaigns and automations that use it stop finding its contacts. SendGrid cannot undo this; its versions stay in the local history.</source>
        <translation>Kampagnen und Automatisierungen, die es verwenden, finden seine Kontakte nicht mehr. SendGrid kann das nicht rückgängig machen; seine Versionen bleiben im lokalen Verlauf.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n segment(s)</source>
        <translation>
            <numerusform>%n Segment löschen</numerusform>
            <numerusform>%n Segmente löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n segment(s)</source>
        <translation>
            <numerusform>%n Segment duplizieren</numerusform>
            <numerusform>%n Segmente duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns and automations that use them stop finding their contacts. SendGrid cannot undo this; their versions stay in the local history.</source>
        <translation>Kampagnen und Automationen, die sie verwenden, finden ihre Kontakte nicht mehr. SendGrid kann das nicht rückgängig machen; ihre Versionen bleiben im lokalen Verlauf.</translation>
    </message>
    <message>
        <source>Each copy is named &quot;Copy of …&quot; and made from its segment&apos;s query as SendGrid has it now.</source>
        <translation>Jede Kopie heißt „Kopie von …“ und entsteht aus der Abfrage ihres Segments, wie SendGrid sie jetzt hat.</translation>
    </message>
</context>
<context>
    <name>SegmentEditorPanel</name>
    <message>
        <source>Choose a segment on the left, or create one with New segment (Ctrl+N).</source>
        <translation>Wählen Sie links ein Segment oder legen Sie mit „Neues Segment“ (Strg+N) eines an.</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Segmentname</translation>
    </message>
    <message>
        <source>Format query</source>
        <translation>Abfrage formatieren</translation>
    </message>
    <message>
        <source>Lay the query out canonically (Ctrl+Shift+F)</source>
        <translation>Die Abfrage einheitlich gestalten (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>More problems</source>
        <translation>Weitere Probleme</translation>
    </message>
    <message>
        <source>Send the changed name and query to SendGrid (Ctrl+S)</source>
        <translation>Geänderten Namen und geänderte Abfrage an SendGrid senden (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>SendGrid: %1</source>
        <translation>SendGrid: %1</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Weniger zeigen</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>Show only the first problem</source>
        <translation>Nur das erste Problem zeigen</translation>
    </message>
    <message>
        <source>List every problem in the query</source>
        <translation>Jedes Problem der Abfrage auflisten</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Trotzdem &amp;speichern</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Line %1: replace with “%2” (Ctrl+Z undoes it)</source>
        <translation>Zeile %1: durch „%2“ ersetzen (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>… and %L1 more (fix these first)</source>
        <translation>… und %L1 weitere (diese zuerst beheben)</translation>
    </message>
</context>
<context>
    <name>SegmentListPanel</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Filter segments</source>
        <translation>Segmente filtern</translation>
    </message>
    <message>
        <source>Retry loading the segments</source>
        <translation>Die Segmente erneut laden</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Loading segments…</source>
        <translation>Segmente werden geladen …</translation>
    </message>
    <message>
        <source>The segments could not be loaded.
%1</source>
        <translation>Die Segmente konnten nicht geladen werden.
%1</translation>
    </message>
    <message>
        <source>This account has no segments yet.</source>
        <translation>Dieses Konto hat noch keine Segmente.</translation>
    </message>
    <message>
        <source>No segment matches &quot;%1&quot;.</source>
        <translation>Kein Segment passt zu „%1“.</translation>
    </message>
    <message>
        <source>The open segment, &quot;%1&quot;, is hidden by the filter.</source>
        <translation>Das geöffnete Segment „%1“ ist durch den Filter ausgeblendet.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Copy segment id</source>
        <translation>Segment-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>Liste &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Filter by name or query, list:NAME, field:NAME (Ctrl+F)</source>
        <translation>Nach Name oder Abfrage filtern, list:NAME, field:NAME (Strg+F)</translation>
    </message>
    <message>
        <source>Shows the segments whose name or query holds the text; list:VIP those that use a list named VIP, field:country those that use the field country. Esc clears.</source>
        <translation>Zeigt die Segmente, deren Name oder Abfrage den Text enthält; list:VIP die, die eine Liste namens VIP verwenden, field:country die, die das Feld country verwenden. Esc leert den Filter.</translation>
    </message>
    <message numerus="yes">
        <source>D&amp;uplicate %n segment(s)…</source>
        <translation>
            <numerusform>%n Segment d&amp;uplizieren…</numerusform>
            <numerusform>%n Segmente d&amp;uplizieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n segment(s)…</source>
        <translation>
            <numerusform>%n Segment &amp;löschen…</numerusform>
            <numerusform>%n Segmente &amp;löschen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <source>unknown (SendGrid sent &quot;%1&quot;)</source>
        <translation>unbekannt (SendGrid sandte „%1“)</translation>
    </message>
    <message>
        <source>SendGrid accepted the query; counts follow its schedule.</source>
        <translation>SendGrid hat die Abfrage angenommen; die Zählungen folgen seinem Zeitplan.</translation>
    </message>
    <message>
        <source>SendGrid is still checking the query.</source>
        <translation>SendGrid prüft die Abfrage noch.</translation>
    </message>
    <message>
        <source>SendGrid rejected the query: %1</source>
        <translation>SendGrid hat die Abfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;</source>
        <translation>Unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Parent list</source>
        <translation>Übergeordnete Liste</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>23 min ago</source>
        <translation>vor 23 Min.</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>noch nicht gezählt</translation>
    </message>
    <message>
        <source>SendGrid has not counted this new segment yet; it counts a new segment within minutes (about 30 for email activity).</source>
        <translation>SendGrid hat dieses neue Segment noch nicht gezählt; es zählt ein neues Segment innerhalb von Minuten (etwa 30 bei E-Mail-Aktivität).</translation>
    </message>
    <message>
        <source>Counted before the query was changed: SendGrid counts the new query within minutes (about 30 for email activity), and the count shows here then.</source>
        <translation>Gezählt, bevor die Abfrage geändert wurde: SendGrid zählt die neue Abfrage innerhalb von Minuten (etwa 30 bei E-Mail-Aktivität), dann steht die Zahl hier.</translation>
    </message>
</context>
<context>
    <name>SegmentTemplates</name>
    <message>
        <source>Blank: every contact with an email address</source>
        <translation>Leer: jeder Kontakt mit E-Mail-Adresse</translation>
    </message>
    <message>
        <source>A field condition: contacts in one country</source>
        <translation>Eine Feldbedingung: Kontakte in einem Land</translation>
    </message>
    <message>
        <source>Members of a list</source>
        <translation>Mitglieder einer Liste</translation>
    </message>
    <message>
        <source>Recent openers: opened an email in the last 30 days</source>
        <translation>Aktive Leser: haben in den letzten 30 Tagen eine E-Mail geöffnet</translation>
    </message>
</context>
<context>
    <name>SendGridWords</name>
    <message>
        <source>authorization required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>access forbidden</source>
        <translation>Zugriff verboten</translation>
    </message>
    <message>
        <source>resource not found</source>
        <translation>Ressource nicht gefunden</translation>
    </message>
    <message>
        <source>method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>name must be a string</source>
        <translation>der Name muss ein Text sein</translation>
    </message>
    <message>
        <source>name must not be blank</source>
        <translation>der Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>name must not contain control characters</source>
        <translation>der Name darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>name must be 1 to 100 characters</source>
        <translation>der Name muss 1 bis 100 Zeichen haben</translation>
    </message>
    <message>
        <source>a segment with this name already exists</source>
        <translation>ein Segment mit diesem Namen gibt es bereits</translation>
    </message>
    <message>
        <source>query_dsl is required</source>
        <translation>query_dsl fehlt</translation>
    </message>
    <message>
        <source>query_dsl must be a string</source>
        <translation>query_dsl muss ein Text sein</translation>
    </message>
    <message>
        <source>query_dsl must not be empty</source>
        <translation>query_dsl darf nicht leer sein</translation>
    </message>
    <message>
        <source>parent_list_ids must be an array of list ids</source>
        <translation>parent_list_ids muss eine Liste von Listen-IDs sein</translation>
    </message>
    <message>
        <source>give at most one existing list id</source>
        <translation>geben Sie höchstens eine vorhandene Listen-ID an</translation>
    </message>
    <message>
        <source>query is required</source>
        <translation>query fehlt</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SqlCompleter</name>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>list of text</source>
        <translation>Textliste</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1 · event_data</source>
        <translation>%1 · event_data</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>alias of %1</source>
        <translation>Alias für %1</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
</context>
<context>
    <name>SqlEditor</name>
    <message>
        <source>Segment query (SQL)</source>
        <translation>Segmentabfrage (SQL)</translation>
    </message>
    <message>
        <source>Not pasted: the query would be larger than %1 MiB, the most SegmentDesk edits. Nothing was changed.</source>
        <translation>Nicht eingefügt: Die Abfrage wäre größer als %1 MiB, das Höchste, was SegmentDesk bearbeitet. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>Liste: %1</translation>
    </message>
    <message>
        <source>Fix: replace with “%1”</source>
        <translation>Korrigieren: durch „%1“ ersetzen</translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message>
        <source>Using SegmentDesk</source>
        <translation>SegmentDesk bedienen</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Bedienung</translation>
    </message>
    <message>
        <source>guide.md</source>
        <extracomment>The file of the user guide in this language, under resources/guide.</extracomment>
        <translation>guide_de.md</translation>
    </message>
</context>
<context>
    <name>ValidationFollower</name>
    <message>
        <source>SendGrid is still checking the query; reload later to see the result.</source>
        <translation>SendGrid prüft die Abfrage noch; laden Sie später neu, um das Ergebnis zu sehen.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SegmentDesk</source>
        <translation>Willkommen bei SegmentDesk</translation>
    </message>
    <message>
        <source>SegmentDesk edits the segments of SendGrid Marketing Campaigns: their names and queries, with the count and sample SendGrid computes.</source>
        <translation>SegmentDesk bearbeitet die Segmente von SendGrid Marketing Campaigns: ihre Namen und Abfragen, mit der Anzahl und Stichprobe, die SendGrid berechnet.</translation>
    </message>
    <message>
        <source>Connect your SendGrid account</source>
        <translation>SendGrid-Konto verbinden</translation>
    </message>
    <message>
        <source>Name the account and paste an API key; the key is kept in the system keychain.</source>
        <translation>Benennen Sie das Konto und fügen Sie einen API-Schlüssel ein; der Schlüssel wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>Mit Beispieldaten erkunden</translation>
    </message>
    <message>
        <source>A local sandbox with 10,000 made-up contacts and a dozen segments. Nothing is sent to SendGrid. You can connect an account at any time.</source>
        <translation>Eine lokale Sandbox mit 10.000 erfundenen Kontakten und einem Dutzend Segmenten. Nichts wird an SendGrid gesendet. Sie können jederzeit ein Konto verbinden.</translation>
    </message>
    <message>
        <source>Use the key in SENDGRID_API_KEY</source>
        <translation>Den Schlüssel aus SENDGRID_API_KEY verwenden</translation>
    </message>
    <message>
        <source>Make a profile from the API key set in this environment and store it in the keychain.</source>
        <translation>Aus dem in dieser Umgebung gesetzten API-Schlüssel ein Profil machen und ihn im Schlüsselbund speichern.</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the operation in progress (Esc)</source>
        <translation>Den laufenden Vorgang abbrechen (Esc)</translation>
    </message>
    <message>
        <source>SendGrid is checking the query… (check %1 of %2, Esc stops following)</source>
        <translation>SendGrid prüft die Abfrage … (Prüfung %1 von %2, Esc beendet das Verfolgen)</translation>
    </message>
    <message>
        <source>Stopped following SendGrid&apos;s check of the query; reload (F5) to see its status.</source>
        <translation>SendGrids Prüfung der Abfrage wird nicht mehr verfolgt; neu laden (F5) zeigt ihren Stand.</translation>
    </message>
</context>
</TS>
