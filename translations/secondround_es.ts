<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddApplicationCommand</name>
    <message>
        <source>Add application “%1”</source>
        <translation>Añadir candidatura a «%1»</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Not keen</source>
        <translation>Poco interés</translation>
    </message>
    <message>
        <source>Lukewarm</source>
        <translation>Interés tibio</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Con interés</translation>
    </message>
    <message>
        <source>Keen</source>
        <translation>Mucho interés</translation>
    </message>
    <message>
        <source>Dream job</source>
        <translation>Trabajo soñado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nueva candidatura</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Description and notes</source>
        <translation>Descripción y notas</translation>
    </message>
    <message>
        <source>Stage timeline</source>
        <translation>Historial de etapas</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>City, country or remote</source>
        <translation>Ciudad, país o remoto</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>Web de la empresa</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Reclutador</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Portal de empleo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Where you found it</source>
        <translation>Dónde encontró la oferta</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>&amp;Enviada el:</translation>
    </message>
    <message>
        <source>Leave unticked if you have not applied yet.</source>
        <translation>Déjelo sin marcar si aún no ha enviado la candidatura.</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>Tick if the posting closes on a known date.</source>
        <translation>Márquelo si la oferta cierra en una fecha conocida.</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>E&amp;tapa:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>Job &amp;link:</source>
        <translation>En&amp;lace a la oferta:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Sourc&amp;e:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>&amp;Minimum salary:</source>
        <translation>Salario mí&amp;nimo:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum salary:</source>
        <translation>Salario má&amp;ximo:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mone&amp;da:</translation>
    </message>
    <message>
        <source>Exci&amp;tement:</source>
        <translation>&amp;Interés:</translation>
    </message>
    <message>
        <source>Paste the posting here: it may be gone by the time of the interview.</source>
        <translation>Pegue aquí la oferta: puede que ya no esté publicada cuando llegue la entrevista.</translation>
    </message>
    <message>
        <source>Job descri&amp;ption:</source>
        <translation>&amp;Descripción del puesto:</translation>
    </message>
    <message>
        <source>Anything worth remembering: contacts, impressions, what to ask next time.</source>
        <translation>Todo lo que valga la pena recordar: contactos, impresiones, qué preguntar la próxima vez.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;History of stage changes, oldest first:</source>
        <translation>&amp;Historial de cambios de etapa, del más antiguo al más reciente:</translation>
    </message>
    <message>
        <source>Excitement</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>How much you want this job, from 1 to 5. Use the arrow keys or the digits 1–5.</source>
        <translation>Cuánto desea este trabajo, de 1 a 5. Use las flechas o los números del 1 al 5.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>No hay ningún archivo abierto.</translation>
    </message>
    <message>
        <source>Edit application — %1</source>
        <translation>Editar candidatura — %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Your tar&amp;get:</source>
        <translation>Su ob&amp;jetivo:</translation>
    </message>
    <message>
        <source>&amp;Walk-away:</source>
        <translation>Mínimo &amp;aceptable:</translation>
    </message>
    <message>
        <source>Your figures &amp;in:</source>
        <translation>Sus &amp;cifras en:</translation>
    </message>
</context>
<context>
    <name>ApplicationExport</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written completely: %2</source>
        <translation>No se pudo escribir «%1» por completo: %2</translation>
    </message>
</context>
<context>
    <name>ApplicationImport</name>
    <message>
        <source>“%1” in --map is not heading=field.</source>
        <translation>«%1» en --map no tiene la forma encabezado=campo.</translation>
    </message>
    <message>
        <source>“%1” in --map is not a field; use one of: %2.</source>
        <translation>«%1» en --map no es un campo; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>The file has no column “%1” (its headings: %2).</source>
        <translation>El archivo no tiene ninguna columna «%1» (sus encabezados: %2).</translation>
    </message>
    <message>
        <source>The mapping does not match the file&apos;s columns.</source>
        <translation>La asignación no corresponde a las columnas del archivo.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are set to “%3”; choose one of them.</source>
        <translation>Tanto %1 como %2 están asignadas a «%3»; elija una de ellas.</translation>
    </message>
    <message>
        <source>Choose the column that holds the company.</source>
        <translation>Elija la columna que contiene la empresa.</translation>
    </message>
    <message>
        <source>Choose the column that holds the role.</source>
        <translation>Elija la columna que contiene el puesto.</translation>
    </message>
    <message>
        <source>Choose either one salary column or columns for the salary&apos;s range, not both.</source>
        <translation>Elija una sola columna de salario o columnas para la banda salarial, pero no ambas cosas.</translation>
    </message>
    <message>
        <source>“%1” is not a stage. Choose a stage for it, or rename it to one of the stages.</source>
        <translation>«%1» no es una etapa. Elija una etapa para ella o cámbiele el nombre por el de una de las etapas.</translation>
    </message>
    <message>
        <source>the currency %1 differs from the salary&apos;s %2.</source>
        <translation>la moneda %1 no coincide con la %2 del salario.</translation>
    </message>
    <message>
        <source>the salary has no currency. Add a currency column, or write it like 70.000 € or 70000 EUR.</source>
        <translation>el salario no tiene moneda. Añada una columna de moneda o escríbalo como 70.000 € o 70000 EUR.</translation>
    </message>
    <message>
        <source>Line %1: its stage no longer exists.</source>
        <translation>Línea %1: su etapa ya no existe.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>The imported applications could not be read.</source>
        <translation>No se pudieron leer las candidaturas importadas.</translation>
    </message>
    <message>
        <source>Some of the imported applications are no longer there.</source>
        <translation>Algunas de las candidaturas importadas ya no existen.</translation>
    </message>
    <message>
        <source>The companies could not be read.</source>
        <translation>No se pudieron leer las empresas.</translation>
    </message>
    <message>
        <source>The imported applications could not be put back.</source>
        <translation>No se pudieron restaurar las candidaturas importadas.</translation>
    </message>
</context>
<context>
    <name>ApplicationRoundsDialog</name>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Who will be there</source>
        <translation>Quién asistirá</translation>
    </message>
    <message>
        <source>Interview rounds</source>
        <translation>Rondas de entrevistas</translation>
    </message>
    <message>
        <source>&amp;Rounds, in date order:</source>
        <translation>&amp;Rondas, por fecha:</translation>
    </message>
    <message>
        <source>No rounds yet. Add one as soon as the company invites you.</source>
        <translation>Aún no hay rondas. Añada una en cuanto la empresa le invite.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Open person…</source>
        <translation>A&amp;brir persona…</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Eliminar ronda</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>No hay ningún archivo abierto.</translation>
    </message>
    <message>
        <source>Interview rounds — %1 at %2</source>
        <comment>role at company</comment>
        <translation>Rondas de entrevistas — %1 en %2</translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation>Editar ronda</translation>
    </message>
    <message>
        <source>Delete %1 (%2, %3)? The people stay listed for the company. Edit &gt; Undo brings the round back.</source>
        <translation>¿Eliminar %1 (%2, %3)? Las personas siguen registradas en la empresa. Editar &gt; Deshacer recupera la ronda.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Open person…</source>
        <translation>Abrir persona…</translation>
    </message>
    <message>
        <source>&amp;People: tick who attends the selected round</source>
        <translation>&amp;Personas: marque quién asiste a la ronda elegida</translation>
    </message>
</context>
<context>
    <name>ApplicationRoundsModel</name>
    <message>
        <source>The interview rounds could not be read.</source>
        <translation>No se pudieron leer las rondas de entrevistas.</translation>
    </message>
</context>
<context>
    <name>ApplicationRows</name>
    <message>
        <source>The applications could not be read.</source>
        <translation>No se pudieron leer las candidaturas.</translation>
    </message>
</context>
<context>
    <name>ApplicationValidator</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Escriba el nombre de la empresa.</translation>
    </message>
    <message>
        <source>The company name is too long (at most %1 characters).</source>
        <translation>El nombre de la empresa es demasiado largo (máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Enter the role you applied for.</source>
        <translation>Escriba el puesto al que se presenta.</translation>
    </message>
    <message>
        <source>The role is too long (at most %1 characters).</source>
        <translation>El puesto es demasiado largo (máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The location is too long (at most %1 characters).</source>
        <translation>La ubicación es demasiado larga (máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The source is too long (at most %1 characters).</source>
        <translation>El origen es demasiado largo (máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; this field holds one line.</source>
        <translation>Quite los saltos de línea y los caracteres de control invisibles; este campo admite una sola línea.</translation>
    </message>
    <message>
        <source>The job link must be a web address starting with http:// or https://.</source>
        <translation>El enlace a la oferta debe ser una dirección web que empiece por http:// o https://.</translation>
    </message>
    <message>
        <source>The minimum salary must be a positive amount.</source>
        <translation>El salario mínimo debe ser una cantidad positiva.</translation>
    </message>
    <message>
        <source>The maximum salary must be a positive amount.</source>
        <translation>El salario máximo debe ser una cantidad positiva.</translation>
    </message>
    <message>
        <source>The maximum salary must not be lower than the minimum.</source>
        <translation>El salario máximo no puede ser inferior al mínimo.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR, USD or GBP.</source>
        <translation>Use un código de moneda de tres letras, como EUR, USD o GBP.</translation>
    </message>
    <message>
        <source>Choose the currency of the salary.</source>
        <translation>Elija la moneda del salario.</translation>
    </message>
    <message>
        <source>The date applied cannot be in the future.</source>
        <translation>La fecha de envío no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Rate your interest from 1 to 5.</source>
        <translation>Valore su interés de 1 a 5.</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>&amp;Put back on the board</source>
        <translation>De&amp;volver al tablero</translation>
    </message>
    <message>
        <source>Archived applications</source>
        <translation>Candidaturas archivadas</translation>
    </message>
    <message>
        <source>Archived applications are kept with their history but hidden from the board. Put one back and it returns to the top of its stage.</source>
        <translation>Las candidaturas archivadas conservan su historial, pero no aparecen en el tablero. Si devuelve una, vuelve a aparecer arriba del todo en su etapa.</translation>
    </message>
</context>
<context>
    <name>ArchivedListModel</name>
    <message>
        <source>The archived applications could not be read.</source>
        <translation>No se pudieron leer las candidaturas archivadas.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n candidatura</numerusform>
            <numerusform>%n candidaturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n ronda</numerusform>
            <numerusform>%n rondas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer copia de seg&amp;uridad ahora</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Restaurar &amp;desde copia de seguridad…</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups of “%1” yet. One is made each day the file is opened, and with File &gt; Back up now; they are kept in “%2”.</source>
        <translation>Aún no hay copias de seguridad de «%1». Se hace una cada día que se abre el archivo, y también con Archivo &gt; Hacer copia de seguridad ahora; se guardan en «%2».</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — damaged, cannot be restored</source>
        <translation>%1 — dañada, no se puede restaurar</translation>
    </message>
    <message>
        <source> (taken before a restore)</source>
        <translation> (hecha antes de una restauración)</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first. The one you choose replaces what the file holds now.</source>
        <translation>Copias de seguridad de «%1», de la más reciente a la más antigua. La que elija sustituye el contenido actual del archivo.</translation>
    </message>
    <message>
        <source>The backup of %1 cannot be restored, so nothing was changed.

%2</source>
        <translation>La copia de seguridad del %1 no se puede restaurar, así que no se cambió nada.

%2</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup of %2 (%3)?

What the file holds now is backed up first, so you can go back to it from the same list.</source>
        <translation>¿Sustituir todo el contenido de «%1» por la copia de seguridad del %2 (%3)?

Antes se hace una copia de seguridad del contenido actual, así que puede volver a él desde la misma lista.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Nothing was changed: the file could not be backed up before the restore.

%1</source>
        <translation>No se cambió nada: no se pudo hacer una copia de seguridad del archivo antes de la restauración.

%1</translation>
    </message>
    <message>
        <source>The backup could not be restored; the file is as it was.

%1</source>
        <translation>No se pudo restaurar la copia de seguridad; el archivo sigue como estaba.

%1</translation>
    </message>
    <message>
        <source>Restored the backup of %1. What the file held before is in %2</source>
        <translation>Se restauró la copia de seguridad del %1. El contenido anterior del archivo está en %2</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder “%1” could not be created. Check that its folder can be written to.</source>
        <translation>No se pudo crear la carpeta de copias de seguridad «%1». Compruebe que se puede escribir en la carpeta que la contiene.</translation>
    </message>
    <message>
        <source>The backup could not be written to “%1”: %2</source>
        <translation>No se pudo escribir la copia de seguridad en «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” holds no SecondRound data.</source>
        <translation>«%1» no contiene datos de SecondRound.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>«%1» está dañado: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>No se pudo leer «%1».</translation>
    </message>
    <message>
        <source>The backup “%1” could not be read: %2</source>
        <translation>No se pudo leer la copia de seguridad «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be replaced: %2</source>
        <translation>No se pudo reemplazar «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be replaced: %2 could not be removed.</source>
        <translation>No se pudo reemplazar «%1»: no se pudo quitar %2.</translation>
    </message>
</context>
<context>
    <name>BarListChart</name>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>from %1 %2</source>
        <translation>desde %1 %2</translation>
    </message>
    <message>
        <source>up to %1 %2</source>
        <translation>hasta %1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in %1</source>
        <translation>
            <numerusform>%n día en «%1»</numerusform>
            <numerusform>%n días en «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n day(s)</source>
        <translation>
            <numerusform>Sin actividad desde hace %n día</numerusform>
            <numerusform>Sin actividad desde hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Application number %1</source>
        <translation>Candidatura n.º %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n day(s) in stage</source>
        <translation>
            <numerusform>%1, %2, %n día en la etapa</numerusform>
            <numerusform>%1, %2, %n días en la etapa</numerusform>
        </translation>
    </message>
    <message>
        <source>, next: %1</source>
        <translation>, siguiente: %1</translation>
    </message>
    <message>
        <source>, no activity</source>
        <translation>, sin actividad</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day, month and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short date on a card</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <translation>Ronda %1 · %2</translation>
    </message>
    <message>
        <source>Next round: %1</source>
        <translation>Próxima ronda: %1</translation>
    </message>
    <message>
        <source>Thank-you due</source>
        <translation>Agradecimiento pendiente</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>, thank-you due</source>
        <translation>, agradecimiento pendiente</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>&amp;Import invitation (.ics)…</source>
        <translation>&amp;Importar invitación (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Export scheduled rounds (.ics)…</source>
        <translation>E&amp;xportar rondas programadas (.ics)…</translation>
    </message>
    <message>
        <source>&amp;New round on the selected day…</source>
        <translation>&amp;Nueva ronda el día seleccionado…</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Recordatorios</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivados</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutos antes</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minutos antes</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>2 horas antes</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 día antes</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>Calen&amp;dario</translation>
    </message>
    <message>
        <source>Import invitation</source>
        <translation>Importar invitación</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be imported into it.</source>
        <translation>Este archivo está abierto en modo de solo lectura, así que no se puede importar nada en él.</translation>
    </message>
    <message>
        <source>Calen&amp;dar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <source>Click to open its prep sheet.</source>
        <translation>Haga clic para abrir su hoja de preparación.</translation>
    </message>
    <message>
        <source>Open the prep sheet…</source>
        <translation>Abrir la hoja de preparación…</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Upcoming interviews</source>
        <translation>Próximas entrevistas</translation>
    </message>
    <message>
        <source>No interviews coming up</source>
        <translation>No hay entrevistas próximas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>List the rounds of the chosen day</source>
        <translation>Mostrar las rondas del día elegido</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>List the rounds of the week around the chosen day</source>
        <translation>Mostrar las rondas de la semana del día elegido</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>&amp;New round on this day…</source>
        <translation>&amp;Nueva ronda este día…</translation>
    </message>
    <message>
        <source>Schedule an interview round on the chosen day</source>
        <translation>Programar una ronda de entrevistas el día elegido</translation>
    </message>
    <message>
        <source>&amp;Open round…</source>
        <translation>&amp;Abrir ronda…</translation>
    </message>
    <message>
        <source>Go to &amp;today</source>
        <translation>Ir a &amp;hoy</translation>
    </message>
    <message>
        <source>No interviews on this day</source>
        <translation>No hay entrevistas este día</translation>
    </message>
    <message>
        <source>No interviews this week</source>
        <translation>No hay entrevistas esta semana</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Last day of a week in the agenda heading (Qt date format)</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>First day of a week whose month differs from the last day&apos;s (Qt date format)</extracomment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <comment>first day of a week in the same month</comment>
        <extracomment>First day of a week within one month (Qt date format; German: &quot;d.&quot;)</extracomment>
        <translation>d</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A week in the agenda heading: &quot;23 – 29 November 2026&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n entrevista</numerusform>
            <numerusform>%n entrevistas</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Write the debrief</source>
        <translation>Escribir el balance</translation>
    </message>
    <message>
        <source>Round %1 at %2 has ended. Write it down while it is fresh: what they asked, your weak answers, their concerns.</source>
        <translation>La ronda %1 en %2 ha terminado. Anótelo mientras lo tiene fresco: qué le preguntaron, sus respuestas débiles, las dudas que tenían.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more round(s) without a debrief)</source>
        <translation>
            <numerusform>(y %n ronda más sin balance)</numerusform>
            <numerusform>(y %n rondas más sin balance)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) here</source>
        <translation>
            <numerusform>%n día aquí</numerusform>
            <numerusform>%n días aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Sin actividad</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>On a card: the next round, then its checklist progress (&quot;Round 2 · Tue 14:00 · Prep 5/9&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Thank-you due</source>
        <translation>Agradecimiento pendiente</translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message>
        <source>Drop here</source>
        <translation>Soltar aquí</translation>
    </message>
    <message>
        <source>No applications</source>
        <translation>No hay candidaturas</translation>
    </message>
</context>
<context>
    <name>CascadeSnapshot</name>
    <message>
        <source>The rows that belong to it could not be read.</source>
        <translation>No se pudieron leer los datos asociados.</translation>
    </message>
    <message>
        <source>The rows that belong to it could not be put back.</source>
        <translation>No se pudieron restaurar los datos asociados.</translation>
    </message>
    <message>
        <source>The file&apos;s structure could not be read.</source>
        <translation>No se pudo leer la estructura del archivo.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Check failed: %1</source>
        <translation>La comprobación ha fallado: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Schema %1 is older than this version&apos;s %2; SecondRound updates it, after taking a backup, when the file is opened for use.</source>
        <translation>El esquema %1 es anterior al %2 de esta versión; SecondRound lo actualiza, tras hacer una copia de seguridad, cuando el archivo se abre para usarlo.</translation>
    </message>
    <message>
        <source>Updated to the current schema; the old file was copied to %1</source>
        <translation>Actualizado al esquema actual; el archivo anterior se copió en %1</translation>
    </message>
    <message>
        <source>Sample data not added: %1</source>
        <translation>No se añadieron los datos de ejemplo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample application(s).</source>
        <translation>
            <numerusform>Se añadió %n candidatura de ejemplo.</numerusform>
            <numerusform>Se añadieron %n candidaturas de ejemplo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is healthy.</source>
        <translation>El archivo está en buen estado.</translation>
    </message>
    <message>
        <source>See --help for the options.</source>
        <translation>Consulte --help para ver las opciones.</translation>
    </message>
    <message>
        <source>Use either --export-ics or --import-ics, not both at once.</source>
        <translation>Use --export-ics o --import-ics, pero no ambas a la vez.</translation>
    </message>
    <message>
        <source>--check and --sample-data cannot be combined with --export-ics or --import-ics.</source>
        <translation>--check y --sample-data no se pueden combinar con --export-ics ni con --import-ics.</translation>
    </message>
    <message>
        <source>--application only goes with --import-ics.</source>
        <translation>--application solo se puede usar con --import-ics.</translation>
    </message>
    <message>
        <source>--export-ics needs the name of the file to write.</source>
        <translation>--export-ics necesita el nombre del archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>--import-ics needs the name of the file to read.</source>
        <translation>--import-ics necesita el nombre del archivo que se va a leer.</translation>
    </message>
    <message>
        <source>--import-ics needs --application ID, the application to add the rounds to.</source>
        <translation>--import-ics necesita --application ID, la candidatura a la que se añaden las rondas.</translation>
    </message>
    <message>
        <source>--application needs the number of an application, such as 12; “%1” is not one.</source>
        <translation>--application necesita el número de una candidatura, por ejemplo 12; «%1» no lo es.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación ha fallado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n round(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n ronda a %1</numerusform>
            <numerusform>Se exportaron %n rondas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>La importación ha fallado: %1</translation>
    </message>
    <message>
        <source>Round ?: %1</source>
        <translation>Ronda ?: %1</translation>
    </message>
    <message>
        <source>Round %1: %2 (%3) %4</source>
        <translation>Ronda %1: %2 (%3) %4</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelada)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>--prep-sheet cannot be combined with --check, --sample-data or the calendar options.</source>
        <translation>--prep-sheet no se puede combinar con --check, --sample-data ni con las opciones de calendario.</translation>
    </message>
    <message>
        <source>--output only goes with --prep-sheet.</source>
        <translation>--output solo se puede usar con --prep-sheet.</translation>
    </message>
    <message>
        <source>--prep-sheet needs --output FILE.pdf, the file to write.</source>
        <translation>--prep-sheet necesita --output ARCHIVO.pdf, el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>--prep-sheet needs the number of a round, such as 12, or “next”; “%1” is not one.</source>
        <translation>--prep-sheet necesita el número de una ronda, por ejemplo 12, o «next»; «%1» no lo es.</translation>
    </message>
    <message>
        <source>No prep sheet written: %1</source>
        <translation>No se escribió la hoja de preparación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the prep sheet for %1, %2, %3 (%n page(s)) to %4</source>
        <translation>
            <numerusform>Hoja de preparación de %1, %2, %3 (%n página) escrita en %4</numerusform>
            <numerusform>Hoja de preparación de %1, %2, %3 (%n páginas) escrita en %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Use either --import-questions or --export-questions, not both at once.</source>
        <translation>Use --import-questions o --export-questions, pero no ambas a la vez.</translation>
    </message>
    <message>
        <source>--import-questions and --export-questions cannot be combined with other jobs.</source>
        <translation>--import-questions y --export-questions no se pueden combinar con otras tareas.</translation>
    </message>
    <message>
        <source>--import-questions needs the name of the file to read.</source>
        <translation>--import-questions necesita el nombre del archivo que se va a leer.</translation>
    </message>
    <message>
        <source>--export-questions needs the name of the file to write.</source>
        <translation>--export-questions necesita el nombre del archivo que se va a escribir.</translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n añadida, </numerusform>
            <numerusform>%n añadidas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n ya existía.</numerusform>
            <numerusform>%n ya existían.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n pregunta a %1</numerusform>
            <numerusform>Se exportaron %n preguntas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--draft-letters cannot be combined with another job.</source>
        <translation>--draft-letters no se puede combinar con otra tarea.</translation>
    </message>
    <message>
        <source>--output-dir only goes with --draft-letters.</source>
        <translation>--output-dir solo se puede usar con --draft-letters.</translation>
    </message>
    <message>
        <source>--draft-letters needs --output-dir FOLDER, where the letters are written.</source>
        <translation>--draft-letters necesita --output-dir CARPETA, donde se escriben las cartas.</translation>
    </message>
    <message>
        <source>--draft-letters needs the number of an interview round, such as 12; “%1” is not one.</source>
        <translation>--draft-letters necesita el número de una ronda de entrevistas, por ejemplo 12; «%1» no lo es.</translation>
    </message>
    <message>
        <source>No letters written: %1</source>
        <translation>No se escribió ninguna carta: %1</translation>
    </message>
    <message>
        <source>Every letter of round %1 was discarded, so none was written.</source>
        <translation>Todas las cartas de la ronda %1 se descartaron, así que no se escribió ninguna.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s).</source>
        <translation>
            <numerusform>Se escribió %n carta.</numerusform>
            <numerusform>Se escribieron %n cartas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use either --import-applications or --export-applications, not both at once.</source>
        <translation>Use --import-applications o --export-applications, pero no ambas a la vez.</translation>
    </message>
    <message>
        <source>--map goes with --import-applications.</source>
        <translation>--map solo se puede usar con --import-applications.</translation>
    </message>
    <message>
        <source>--import-applications and --export-applications cannot be combined with other jobs.</source>
        <translation>--import-applications y --export-applications no se pueden combinar con otras tareas.</translation>
    </message>
    <message>
        <source>--import-applications needs the name of the file to read.</source>
        <translation>--import-applications necesita el nombre del archivo que se va a leer.</translation>
    </message>
    <message>
        <source>--export-applications needs the name of the file to write.</source>
        <translation>--export-applications necesita el nombre del archivo que se va a escribir.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n application(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n candidatura a %1</numerusform>
            <numerusform>Se exportaron %n candidaturas a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n ya existía</numerusform>
            <numerusform>%n ya existían</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyPeopleModel</name>
    <message>
        <source>The company&apos;s people could not be read.</source>
        <translation>No se pudieron leer las personas de la empresa.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Qué le importa</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>name, then job title</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: the quotation mark in column %2 must be doubled and the field put in quotes.</source>
        <translation>Línea %1: la comilla de la columna %2 debe duplicarse y el campo debe ir entre comillas.</translation>
    </message>
    <message>
        <source>Line %1: there is text after a closing quotation mark in column %2.</source>
        <translation>Línea %1: hay texto después de una comilla de cierre en la columna %2.</translation>
    </message>
    <message>
        <source>Line %1: a quotation mark opens a field in column %2 that is never closed.</source>
        <translation>Línea %1: una comilla abre un campo en la columna %2 que nunca se cierra.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is already open in another SecondRound window. Close it there first, or open a different file.</source>
        <translation>«%1» ya está abierto en otra ventana de SecondRound. Ciérrelo allí primero o abra otro archivo.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full, so nothing can be written to it. Free some space and try again; the file was not changed.</source>
        <translation>El disco donde está «%1» está lleno, así que no se puede escribir nada en él. Libere espacio e inténtelo de nuevo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>No se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a SecondRound file.</source>
        <translation>«%1» es una carpeta, no un archivo de SecondRound.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check its permissions.</source>
        <translation>No se puede leer «%1». Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes): it holds no SecondRound data. Nothing was written to it.</source>
        <translation>«%1» está vacío (0 bytes): no contiene datos de SecondRound. No se ha escrito nada en él.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a SecondRound file: it is not an SQLite database. The file was not changed.</source>
        <translation>«%1» no es un archivo de SecondRound: no es una base de datos SQLite. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>The folder for “%1” could not be created.</source>
        <translation>No se pudo crear la carpeta de «%1».</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>No se pudo crear «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be locked for writing. Check the folder&apos;s permissions.</source>
        <translation>No se puede bloquear «%1» para escritura. Compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>No se pudo abrir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2). The file was not changed.</source>
        <translation>No se pudo leer «%1» (%2). El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be used (%2). The file was not changed; open a backup copy instead.</source>
        <translation>«%1» está dañado y no se puede usar (%2). El archivo no se ha modificado; abra en su lugar una copia de seguridad.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a SecondRound file. The file was not changed.</source>
        <translation>«%1» es una base de datos SQLite de otro programa, no un archivo de SecondRound. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of SecondRound (schema %2; this version knows up to %3). Update SecondRound to open it. The file was not changed.</source>
        <translation>«%1» se creó con una versión más reciente de SecondRound (esquema %2; esta versión admite hasta el %3). Actualice SecondRound para abrirlo. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” is read-only and needs an update to this version&apos;s format. Make it writable or save a copy of it first.</source>
        <translation>«%1» es de solo lectura y hay que actualizarlo al formato de esta versión. Permita la escritura en él o guarde antes una copia.</translation>
    </message>
    <message>
        <source>A backup of “%1” could not be made before updating it, so it was left as it is: %2</source>
        <translation>No se pudo hacer una copia de seguridad de «%1» antes de actualizarlo, así que se ha dejado como estaba: %2</translation>
    </message>
    <message>
        <source>“%1” could not be prepared for use.</source>
        <translation>No se pudo preparar «%1» para usarlo.</translation>
    </message>
    <message>
        <source>The schema version could not be read: %1</source>
        <translation>No se pudo leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versión del esquema: %1</translation>
    </message>
    <message>
        <source>The schema could not be listed.</source>
        <translation>No se pudo obtener la lista del esquema.</translation>
    </message>
    <message>
        <source>The schema is incomplete; missing: %1</source>
        <translation>El esquema está incompleto; falta: %1</translation>
    </message>
    <message>
        <source>Schema: %1 tables and indexes present</source>
        <translation>Esquema: %1 tablas e índices presentes</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>No se pudo ejecutar la comprobación de integridad: %1</translation>
    </message>
    <message>
        <source>The integrity check found damage: %1</source>
        <translation>La comprobación de integridad ha encontrado daños: %1</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integridad: correcta</translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s) between records were found.</source>
        <translation>
            <numerusform>Se encontró %n referencia rota entre registros.</numerusform>
            <numerusform>Se encontraron %n referencias rotas entre registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>References: ok</source>
        <translation>Referencias: correctas</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted while it was open, so nothing more is saved to it. Use File &gt; Save a copy as to keep everything that is open in a new file.</source>
        <translation>«%1» se movió o se eliminó mientras estaba abierto, así que ya no se guarda nada en él. Use Archivo &gt; Guardar una copia como para conservar todo lo abierto en un archivo nuevo.</translation>
    </message>
    <message>
        <source>Choose a different file name for the copy.</source>
        <translation>Elija otro nombre de archivo para la copia.</translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation>No se pudo reemplazar «%1».</translation>
    </message>
    <message>
        <source>The copy failed.</source>
        <translation>La copia ha fallado.</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed. Save a copy to make changes.</source>
        <translation>Este archivo está abierto en modo de solo lectura, así que no se puede cambiar nada. Guarde una copia para hacer cambios.</translation>
    </message>
</context>
<context>
    <name>DateReading</name>
    <message>
        <source>“%1” is not a date; write it as 2024-03-05, 05.03.2024 or 05/03/2024.</source>
        <translation>«%1» no es una fecha; escríbala como 2024-03-05, 05.03.2024 o 05/03/2024.</translation>
    </message>
    <message>
        <source>“%1” is not a day in the calendar.</source>
        <translation>«%1» no es un día del calendario.</translation>
    </message>
</context>
<context>
    <name>DefaultStages</name>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Final round</source>
        <translation>Ronda final</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
</context>
<context>
    <name>EditApplicationCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message>
        <source>Import from calendar</source>
        <translation>Importar desde calendario</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exportar a calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.icalendar *.ifb);;All files (*)</source>
        <translation>Archivos iCalendar (*.ics *.ical *.icalendar *.ifb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>“%1” was not imported; nothing was changed.

%2</source>
        <translation>«%1» no se importó; no se ha cambiado nada.

%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n round(s) into %1.</source>
        <translation>
            <numerusform>Se importó %n ronda en %1.</numerusform>
            <numerusform>Se importaron %n rondas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the company.</source>
        <translation>
            <numerusform>Se añadió %n persona a la empresa.</numerusform>
            <numerusform>Se añadieron %n personas a la empresa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n round(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n ronda a %1.</numerusform>
            <numerusform>Se exportaron %n rondas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the file with your calendar program to add them. Exporting and opening again later updates the same events instead of adding them twice.</source>
        <translation>Abra el archivo con su programa de calendario para añadirlas. Si más adelante exporta y abre el archivo de nuevo, se actualizan los mismos eventos en lugar de duplicarse.</translation>
    </message>
</context>
<context>
    <name>IcsImportDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No valid time</source>
        <translation>Sin hora válida</translation>
    </message>
    <message>
        <source>%1, whole day</source>
        <translation>%1, todo el día</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Import interview rounds</source>
        <translation>Importar rondas de entrevistas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>Add the organizer and attendees as &amp;people</source>
        <translation>Añadir al organizador y a los asistentes como per&amp;sonas</translation>
    </message>
    <message>
        <source>People already known at the company (same email address) are reused, not added twice.</source>
        <translation>Las personas ya registradas en la empresa (misma dirección de correo) se reutilizan, no se añaden dos veces.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Candidatura:</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>Nueva candidatura…</translation>
    </message>
    <message>
        <source>Events in “%1”:</source>
        <translation>Eventos en «%1»:</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelada)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Meeting link: %1</source>
        <translation>Enlace de la reunión: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Check at least one event to import.</source>
        <translation>Marque al menos un evento para importarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be added</source>
        <translation>
            <numerusform>Se añadirá %n persona</numerusform>
            <numerusform>Se añadirán %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n already known at the company.</source>
        <translation>
            <numerusform>%1; %n ya está registrada en la empresa.</numerusform>
            <numerusform>%1; %n ya están registradas en la empresa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid calendar line, because it has no colon.</source>
        <translation>Línea %1: «%2» no es una línea de calendario válida, porque no tiene dos puntos.</translation>
    </message>
    <message>
        <source>Line %1: the line &quot;%2&quot; does not start with a property name.</source>
        <translation>Línea %1: la línea «%2» no empieza por un nombre de propiedad.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; does not start with a valid property name.</source>
        <translation>Línea %1: «%2» no empieza por un nombre de propiedad válido.</translation>
    </message>
    <message>
        <source>Line %1: a quoted value in &quot;%2&quot; is never closed.</source>
        <translation>Línea %1: un valor entre comillas de «%2» nunca se cierra.</translation>
    </message>
    <message>
        <source>Line %1: the parameters in &quot;%2&quot; are malformed.</source>
        <translation>Línea %1: los parámetros de «%2» están mal formados.</translation>
    </message>
    <message>
        <source>Line %1: the file contains binary data where calendar text was expected.</source>
        <translation>Línea %1: el archivo contiene datos binarios donde se esperaba texto de calendario.</translation>
    </message>
    <message>
        <source>Line %1: there is text after the end of the calendar (END:VCALENDAR).</source>
        <translation>Línea %1: hay texto después del final del calendario (END:VCALENDAR).</translation>
    </message>
    <message>
        <source>Line %1: %2 must be followed by the name of a section, as in BEGIN:VEVENT.</source>
        <translation>Línea %1: %2 debe ir seguido del nombre de una sección, como en BEGIN:VEVENT.</translation>
    </message>
    <message>
        <source>Line %1: BEGIN:%2 appears after the end of the calendar (END:VCALENDAR).</source>
        <translation>Línea %1: BEGIN:%2 aparece después del final del calendario (END:VCALENDAR).</translation>
    </message>
    <message>
        <source>Line %1: BEGIN:%2 nests sections more than %3 deep; real invitations never do, so the file is refused.</source>
        <translation>Línea %1: BEGIN:%2 anida secciones a más de %3 niveles; las invitaciones reales nunca lo hacen, así que el archivo se rechaza.</translation>
    </message>
    <message>
        <source>Line %1: END:%2 has no matching BEGIN:%2.</source>
        <translation>Línea %1: END:%2 no tiene su BEGIN:%2 correspondiente.</translation>
    </message>
    <message>
        <source>Line %1: END:%2 does not match BEGIN:%3 on line %4; END:%3 was expected.</source>
        <translation>Línea %1: END:%2 no corresponde a BEGIN:%3 de la línea %4; se esperaba END:%3.</translation>
    </message>
    <message>
        <source>Line %1: the file ends without END:%2 for the BEGIN:%2 on line %3. The file is probably incomplete.</source>
        <translation>Línea %1: el archivo termina sin el END:%2 del BEGIN:%2 de la línea %3. Probablemente el archivo esté incompleto.</translation>
    </message>
    <message>
        <source>Line %1: the start date &quot;%2&quot; is not in the iCalendar date format (for example 20260310T140000).</source>
        <translation>Línea %1: la fecha de inicio «%2» no tiene el formato de fecha de iCalendar (por ejemplo, 20260310T140000).</translation>
    </message>
    <message>
        <source>Line %1: the end date &quot;%2&quot; is not in the iCalendar date format (for example 20260310T140000).</source>
        <translation>Línea %1: la fecha de fin «%2» no tiene el formato de fecha de iCalendar (por ejemplo, 20260310T140000).</translation>
    </message>
    <message>
        <source>Line %1: the date &quot;%2&quot; in %3 is not in the iCalendar date format (for example 20260310T140000).</source>
        <translation>Línea %1: la fecha «%2» de %3 no tiene el formato de fecha de iCalendar (por ejemplo, 20260310T140000).</translation>
    </message>
    <message>
        <source>Line %1: the start date &quot;%2&quot; is not a real date.</source>
        <translation>Línea %1: la fecha de inicio «%2» no es una fecha real.</translation>
    </message>
    <message>
        <source>Line %1: the end date &quot;%2&quot; is not a real date.</source>
        <translation>Línea %1: la fecha de fin «%2» no es una fecha real.</translation>
    </message>
    <message>
        <source>Line %1: the date &quot;%2&quot; in %3 is not a real date.</source>
        <translation>Línea %1: la fecha «%2» de %3 no es una fecha real.</translation>
    </message>
    <message>
        <source>Line %1: the start time &quot;%2&quot; is not a real time of day.</source>
        <translation>Línea %1: la hora de inicio «%2» no es una hora real.</translation>
    </message>
    <message>
        <source>Line %1: the end time &quot;%2&quot; is not a real time of day.</source>
        <translation>Línea %1: la hora de fin «%2» no es una hora real.</translation>
    </message>
    <message>
        <source>Line %1: the time &quot;%2&quot; in %3 is not a real time of day.</source>
        <translation>Línea %1: la hora «%2» de %3 no es una hora real.</translation>
    </message>
    <message>
        <source>Line %1: the time zone &quot;%2&quot; is unknown, and the file does not describe it.</source>
        <translation>Línea %1: la zona horaria «%2» es desconocida y el archivo no la describe.</translation>
    </message>
    <message>
        <source>Line %1: the reminder time &quot;%2&quot; is not valid; reminders look like -PT15M or -P1D.</source>
        <translation>Línea %1: la hora de aviso «%2» no es válida; los avisos tienen la forma -PT15M o -P1D.</translation>
    </message>
    <message>
        <source>Line %1: the end &quot;%2&quot; and the start &quot;%3&quot; must either both be whole days or both have a time of day.</source>
        <translation>Línea %1: el fin «%2» y el inicio «%3» deben ser ambos días completos o tener ambos una hora.</translation>
    </message>
    <message>
        <source>Line %1: the event ends (%2) before it starts (%3).</source>
        <translation>Línea %1: el evento termina (%2) antes de empezar (%3).</translation>
    </message>
    <message>
        <source>Line %1: the duration &quot;%2&quot; is not valid; durations look like PT1H30M or P1D.</source>
        <translation>Línea %1: la duración «%2» no es válida; las duraciones tienen la forma PT1H30M o P1D.</translation>
    </message>
    <message>
        <source>Line %1: the duration &quot;%2&quot; is negative, so the event would end before it starts.</source>
        <translation>Línea %1: la duración «%2» es negativa, así que el evento terminaría antes de empezar.</translation>
    </message>
    <message>
        <source>Line %1: the duration &quot;%2&quot; is too long.</source>
        <translation>Línea %1: la duración «%2» es demasiado larga.</translation>
    </message>
    <message>
        <source>Line %1: the event that begins here has no start time (DTSTART).</source>
        <translation>Línea %1: el evento que empieza aquí no tiene hora de inicio (DTSTART).</translation>
    </message>
    <message>
        <source>The file is %1, but calendar files larger than %2 are not imported.</source>
        <translation>El archivo ocupa %1, pero no se importan archivos de calendario de más de %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Line %1: this is not an iCalendar file, because it does not start with BEGIN:VCALENDAR.</source>
        <translation>Línea %1: no es un archivo iCalendar, porque no empieza por BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>Line %1: the calendar contains no events to import.</source>
        <translation>Línea %1: el calendario no contiene eventos que importar.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>El archivo «%1» no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a calendar file.</source>
        <translation>«%1» es una carpeta, no un archivo de calendario.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened: %2</source>
        <translation>No se pudo abrir el archivo «%1»: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2</source>
        <translation>No se pudo leer el archivo «%1»: %2</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
</context>
<context>
    <name>ImportApplicationsCommand</name>
    <message numerus="yes">
        <source>Import %n application(s)</source>
        <translation>
            <numerusform>Importar %n candidatura</numerusform>
            <numerusform>Importar %n candidaturas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportApplicationsDialog</name>
    <message>
        <source>semicolons</source>
        <translation>puntos y comas</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importar candidaturas</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s), separated by %2, read as %3.</source>
        <translation>
            <numerusform>%1 — %n fila, separada por %2, leída como %3.</numerusform>
            <numerusform>%1 — %n filas, separadas por %2, leídas como %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what each column holds. Columns set to “(ignore)” are left out.</source>
        <translation>Elija qué contiene cada columna. Las columnas marcadas como «(ignorar)» se omiten.</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Primero el día (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Primero el mes (12/31/2024)</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2024:</source>
        <translation>Fechas como 03/04/2024:</translation>
    </message>
    <message>
        <source>Stage for rows without one:</source>
        <translation>Etapa para las filas sin etapa:</translation>
    </message>
    <message>
        <source>Stage values that are not stages</source>
        <translation>Valores de etapa que no son etapas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Choose a stage…</source>
        <translation>Elija una etapa…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>Choose a stage for each of the values listed above.</source>
        <translation>Elija una etapa para cada uno de los valores de arriba.</translation>
    </message>
    <message>
        <source>Nothing can be imported yet. %1</source>
        <translation>Aún no se puede importar nada. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) will be added.</source>
        <translation>
            <numerusform>Se añadirá %n candidatura.</numerusform>
            <numerusform>Se añadirán %n candidaturas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (same company and role) will be skipped.</source>
        <translation>
            <numerusform>Se omitirá %n que ya existe (misma empresa y puesto).</numerusform>
            <numerusform>Se omitirán %n que ya existen (misma empresa y puesto).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRoundsCommand</name>
    <message numerus="yes">
        <source>Import %n round(s) from a calendar</source>
        <translation>
            <numerusform>Importar %n ronda desde un calendario</numerusform>
            <numerusform>Importar %n rondas desde un calendario</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationOpener</name>
    <message>
        <source>“%1” was not imported because no SecondRound file is open. Open one, then use File &gt; Import invitation (.ics)…</source>
        <translation>«%1» no se importó porque no hay ningún archivo de SecondRound abierto. Abra uno y use Archivo &gt; Importar invitación (.ics)…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The new language is used the next time SecondRound starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie SecondRound.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LetterDocument</name>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
</context>
<context>
    <name>LetterDue</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>con %1 de retraso</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>Select a letter on the left.</source>
        <translation>Seleccione una carta a la izquierda.</translation>
    </message>
    <message>
        <source>Nobody (the person was deleted)</source>
        <translation>Nadie (la persona se eliminó)</translation>
    </message>
    <message>
        <source>%1 (no email address)</source>
        <translation>%1 (sin dirección de correo)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The letter still has gaps to fill: %1 (F3 selects the next one).</source>
        <translation>La carta aún tiene huecos por rellenar: %1 (F3 selecciona el siguiente).</translation>
    </message>
    <message>
        <source>Another letter of this round has the same text. Write something personal to each person.</source>
        <translation>Otra carta de esta ronda tiene el mismo texto. Escriba algo personal a cada persona.</translation>
    </message>
    <message>
        <source>There is no email address for %1; the mail program will ask for one.</source>
        <translation>No hay dirección de correo de %1; el programa de correo pedirá una.</translation>
    </message>
    <message>
        <source>Add add&amp;ress…</source>
        <translation>Añadir &amp;dirección…</translation>
    </message>
</context>
<context>
    <name>LetterFiles</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation>No se pudo guardar «%1».</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation>La carpeta «%1» no existe. Elija una carpeta que exista.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to.</source>
        <translation>No se puede escribir en la carpeta «%1».</translation>
    </message>
    <message>
        <source>There is no interview round %1.</source>
        <translation>No existe la ronda de entrevistas %1.</translation>
    </message>
    <message>
        <source>Nobody is listed for round %1 (%2). Add the people you met, then write the letters.</source>
        <translation>No hay nadie registrado en la ronda %1 (%2). Añada a las personas con las que se reunió y luego escriba las cartas.</translation>
    </message>
</context>
<context>
    <name>LetterListModel</name>
    <message>
        <source>Due</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Con respuesta</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviada el %1</translation>
    </message>
    <message>
        <source>Replied %1</source>
        <translation>Respondida el %1</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation>%1, ronda %2</translation>
    </message>
    <message>
        <source>after the round</source>
        <translation>tras la ronda</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>LetterPrepSheet</name>
    <message>
        <source>Thank-you letter to %1, due %2</source>
        <translation>Carta de agradecimiento a %1, plazo: %2</translation>
    </message>
    <message>
        <source>Not written yet: the Letters tab proposes one when the round ends.</source>
        <translation>Aún no escrita: la pestaña Cartas propone una cuando termina la ronda.</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviada el %1</translation>
    </message>
    <message>
        <source>Letter discarded.</source>
        <translation>Carta descartada.</translation>
    </message>
    <message>
        <source>Draft ready in the Letters tab.</source>
        <translation>Borrador listo en la pestaña Cartas.</translation>
    </message>
    <message>
        <source>A thank-you letter to each person you meet, due %1</source>
        <translation>Una carta de agradecimiento a cada persona con la que se reúna, plazo: %1</translation>
    </message>
    <message>
        <source>Nobody is listed for this round yet: note who attends.</source>
        <translation>Aún no hay nadie registrado en esta ronda: anote quién asiste.</translation>
    </message>
</context>
<context>
    <name>LetterStore</name>
    <message>
        <source>This file is open read-only, so nothing can be changed. Save a copy to make changes.</source>
        <translation>Este archivo está abierto en modo de solo lectura, así que no se puede cambiar nada. Guarde una copia para hacer cambios.</translation>
    </message>
    <message>
        <source>The letter templates could not be read.</source>
        <translation>No se pudieron leer las plantillas de cartas.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Dé un nombre a la plantilla.</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; the name and the subject are one line each.</source>
        <translation>Quite los saltos de línea y los caracteres de control invisibles; el nombre y el asunto ocupan una sola línea cada uno.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>El nombre es demasiado largo (máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Elija el idioma de la plantilla.</translation>
    </message>
    <message>
        <source>The subject is too long (at most 1,000 characters).</source>
        <translation>El asunto es demasiado largo (máximo 1000 caracteres).</translation>
    </message>
    <message>
        <source>The text is too long (at most 100,000 characters).</source>
        <translation>El texto es demasiado largo (máximo 100 000 caracteres).</translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation>No se pudo guardar la plantilla.</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>La plantilla ya no existe.</translation>
    </message>
    <message>
        <source>The template could not be deleted.</source>
        <translation>No se pudo eliminar la plantilla.</translation>
    </message>
    <message>
        <source>The template could not be put back.</source>
        <translation>No se pudo restaurar la plantilla.</translation>
    </message>
    <message>
        <source>The letters could not be read.</source>
        <translation>No se pudieron leer las cartas.</translation>
    </message>
    <message>
        <source>The letter no longer exists.</source>
        <translation>La carta ya no existe.</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; the subject is one line.</source>
        <translation>Quite los saltos de línea y los caracteres de control invisibles; el asunto ocupa una sola línea.</translation>
    </message>
    <message>
        <source>The letter is too long (at most 1,000,000 characters).</source>
        <translation>La carta es demasiado larga (máximo 1 000 000 de caracteres).</translation>
    </message>
    <message>
        <source>The letter could not be saved.</source>
        <translation>No se pudo guardar la carta.</translation>
    </message>
    <message>
        <source>The rounds could not be read.</source>
        <translation>No se pudieron leer las rondas.</translation>
    </message>
    <message>
        <source>The letters could not be put back.</source>
        <translation>No se pudieron restaurar las cartas.</translation>
    </message>
    <message>
        <source>The letters could not be removed.</source>
        <translation>No se pudieron quitar las cartas.</translation>
    </message>
    <message>
        <source>Your name could not be read.</source>
        <translation>No se pudo leer su nombre.</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; your name is one line.</source>
        <translation>Quite los saltos de línea y los caracteres de control invisibles; su nombre ocupa una sola línea.</translation>
    </message>
    <message>
        <source>Your name could not be saved.</source>
        <translation>No se pudo guardar su nombre.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>&amp;Letters (%1)</source>
        <translation>Ca&amp;rtas (%1)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>Ca&amp;rtas</translation>
    </message>
    <message>
        <source>Le&amp;tter</source>
        <translation>Car&amp;ta</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>&amp;Who was there?…</source>
        <translation>¿&amp;Quién asistió?…</translation>
    </message>
    <message>
        <source>&amp;Accept draft</source>
        <translation>&amp;Aceptar borrador</translation>
    </message>
    <message>
        <source>&amp;Discard letter</source>
        <translation>&amp;Descartar carta</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>Abrir en el c&amp;orreo</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Guardar como .e&amp;ml…</translation>
    </message>
    <message>
        <source>&amp;Copy letter text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>&amp;Print letter…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Marcar como e&amp;nviada</translation>
    </message>
    <message>
        <source>Mark as &amp;replied</source>
        <translation>Marcar como &amp;respondida</translation>
    </message>
    <message>
        <source>&amp;Back to draft</source>
        <translation>&amp;Volver a borrador</translation>
    </message>
    <message>
        <source>Next &amp;gap</source>
        <translation>Siguiente &amp;hueco</translation>
    </message>
    <message>
        <source>Write &amp;follow-up</source>
        <translation>Escribir &amp;seguimiento</translation>
    </message>
    <message>
        <source>Your name, as letters are signed</source>
        <translation>Su nombre, tal como se firman las cartas</translation>
    </message>
    <message>
        <source>Sign &amp;as:</source>
        <translation>&amp;Firmar como:</translation>
    </message>
    <message>
        <source>No gaps left in this letter.</source>
        <translation>No quedan huecos en esta carta.</translation>
    </message>
    <message>
        <source>Write follow-up</source>
        <translation>Escribir seguimiento</translation>
    </message>
    <message>
        <source>Round %1 at %2 has ended, but nobody is listed for it. Who was there?</source>
        <translation>La ronda %1 en %2 ha terminado, pero no hay nadie registrado en ella. ¿Quién asistió?</translation>
    </message>
    <message numerus="yes">
        <source>(%n more round(s) like it)</source>
        <translation>
            <numerusform>(y %n ronda más en la misma situación)</numerusform>
            <numerusform>(y %n rondas más en la misma situación)</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 at %2 ended two hours ago and no thank-you letter is drafted yet. Letters are best sent within a day.</source>
        <translation>La ronda %1 en %2 terminó hace dos horas y aún no hay ninguna carta de agradecimiento en borrador. Lo mejor es enviarlas en menos de un día.</translation>
    </message>
    <message>
        <source>Write letters</source>
        <translation>Escribir cartas</translation>
    </message>
    <message>
        <source>Edit letter</source>
        <translation>Editar carta</translation>
    </message>
    <message>
        <source>Accept draft</source>
        <translation>Aceptar borrador</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Volver a borrador</translation>
    </message>
    <message>
        <source>Mark letter as sent</source>
        <translation>Marcar carta como enviada</translation>
    </message>
    <message>
        <source>Mark letter as replied</source>
        <translation>Marcar carta como respondida</translation>
    </message>
    <message>
        <source>Discard letter</source>
        <translation>Descartar carta</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>Marcada como enviada.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>Mark it as sent anyway?</source>
        <translation>¿Marcarla como enviada de todos modos?</translation>
    </message>
    <message>
        <source>Was it sent?</source>
        <translation>¿Se envió?</translation>
    </message>
    <message>
        <source>Did you send the letter to %1?</source>
        <translation>¿Envió la carta a %1?</translation>
    </message>
    <message>
        <source>Letter too long for a mail link</source>
        <translation>Carta demasiado larga para un enlace de correo</translation>
    </message>
    <message>
        <source>This letter makes a mail link of %L1 characters, and mail programs cut links longer than about %L2. Save it as an .eml file instead and open that file: it opens as a new message in the mail program.</source>
        <translation>Esta carta genera un enlace de correo de %L1 caracteres, y los programas de correo cortan los enlaces de más de unos %L2. Guárdela como archivo .eml y abra ese archivo: se abrirá como mensaje nuevo en el programa de correo.</translation>
    </message>
    <message>
        <source>No mail program could be opened. Save the letter as an .eml file or copy its text instead.</source>
        <translation>No se pudo abrir ningún programa de correo. Guarde la carta como archivo .eml o copie su texto.</translation>
    </message>
    <message>
        <source>Save letter as .eml</source>
        <translation>Guardar carta como .eml</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>Mensajes de correo (*.eml)</translation>
    </message>
    <message>
        <source>Saved %1. Open it to send it from your mail program.</source>
        <translation>Se guardó %1. Ábralo para enviarlo desde su programa de correo.</translation>
    </message>
    <message>
        <source>The letter&apos;s text is on the clipboard. Subject: %1</source>
        <translation>El texto de la carta está en el portapapeles. Asunto: %1</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Imprimir carta</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Guardar carta como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Email address of %1:</source>
        <translation>Dirección de correo de %1:</translation>
    </message>
    <message>
        <source>Who was there?</source>
        <translation>¿Quién asistió?</translation>
    </message>
    <message>
        <source>Name of a person you met in round %1 at %2 (add the others from the round&apos;s form):</source>
        <translation>Nombre de una persona con la que se reunió en la ronda %1 en %2 (añada a las demás desde el formulario de la ronda):</translation>
    </message>
    <message>
        <source>Add %1 and a letter</source>
        <translation>Añadir a %1 y una carta</translation>
    </message>
    <message>
        <source>New letters are signed “%1”.</source>
        <translation>Las cartas nuevas se firman «%1».</translation>
    </message>
    <message>
        <source>F&amp;ill in from the debrief</source>
        <translation>Rellenar desde el &amp;balance</translation>
    </message>
    <message>
        <source>Letter te&amp;mplates…</source>
        <translation>&amp;Gestionar plantillas de cartas…</translation>
    </message>
    <message>
        <source>Did you send the letter “%1”?</source>
        <translation>¿Envió la carta «%1»?</translation>
    </message>
    <message>
        <source>Did you send this letter?</source>
        <translation>¿Envió esta carta?</translation>
    </message>
    <message>
        <source>The debrief does not say yet what you talked about with this person.</source>
        <translation>El balance aún no recoge de qué habló con esta persona.</translation>
    </message>
    <message>
        <source>Nothing left to fill in.</source>
        <translation>No queda nada por rellenar.</translation>
    </message>
    <message>
        <source>Fill in from the debrief</source>
        <translation>Rellenar desde el balance</translation>
    </message>
    <message>
        <source>Save &amp;letter as PDF…</source>
        <translation>Guardar carta como &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SecondRound files (*.sqlite *.db);;All files (*)</source>
        <translation>Archivos de SecondRound (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This file is read-only. You can look at everything, but changes cannot be saved. Use File &gt; Save a copy as to make an editable copy.</source>
        <translation>Este archivo es de solo lectura. Puede verlo todo, pero no se pueden guardar cambios. Use Archivo &gt; Guardar una copia como para crear una copia editable.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;Nuevo archivo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer:</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SecondRound</source>
        <translation>&amp;Acerca de SecondRound</translation>
    </message>
    <message>
        <source>“%1” no longer exists and was taken off the list.</source>
        <translation>«%1» ya no existe y se quitó de la lista.</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Borrar lista</translation>
    </message>
    <message>
        <source>The file was updated to this version; a copy of the old one is at %1</source>
        <translation>El archivo se actualizó a esta versión; hay una copia del anterior en %1</translation>
    </message>
    <message>
        <source>Welcome to SecondRound</source>
        <translation>Le damos la bienvenida a SecondRound</translation>
    </message>
    <message>
        <source>Your board is empty. Would you like some invented sample applications to look around with? You can delete or archive them at any time, or start a clean file with File &gt; New file.</source>
        <translation>Su tablero está vacío. ¿Quiere añadir algunas candidaturas de ejemplo inventadas para echar un vistazo? Puede eliminarlas o archivarlas en cualquier momento, o empezar un archivo limpio con Archivo &gt; Nuevo archivo.</translation>
    </message>
    <message>
        <source>Add sample data</source>
        <translation>Añadir datos de ejemplo</translation>
    </message>
    <message>
        <source>SecondRound</source>
        <translation>SecondRound</translation>
    </message>
    <message>
        <source>%1 (read-only) — SecondRound</source>
        <translation>%1 (solo lectura) — SecondRound</translation>
    </message>
    <message>
        <source>%1 — SecondRound</source>
        <translation>%1 — SecondRound</translation>
    </message>
    <message>
        <source>New SecondRound file</source>
        <translation>Nuevo archivo de SecondRound</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or use File &gt; Open to open it.</source>
        <translation>«%1» ya existe. Elija otro nombre o use Archivo &gt; Abrir para abrirlo.</translation>
    </message>
    <message>
        <source>Open SecondRound file</source>
        <translation>Abrir archivo de SecondRound</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>A copy was saved to %1</source>
        <translation>Se guardó una copia en %1</translation>
    </message>
    <message>
        <source>About SecondRound</source>
        <translation>Acerca de SecondRound</translation>
    </message>
    <message>
        <source>SecondRound %1

Organises your job search and prepares you for every interview round. Everything stays on this computer, in one file.</source>
        <translation>SecondRound %1

Organiza su búsqueda de empleo y le prepara para cada ronda de entrevistas. Todo se queda en este equipo, en un solo archivo.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema step %1 could not be read.</source>
        <translation>No se pudo leer el paso de esquema %1.</translation>
    </message>
    <message>
        <source>The schema steps are not numbered 1, 2, 3…: %1 is out of order.</source>
        <translation>Los pasos de esquema no están numerados 1, 2, 3…: %1 está fuera de orden.</translation>
    </message>
    <message>
        <source>No schema steps were found.</source>
        <translation>No se encontró ningún paso de esquema.</translation>
    </message>
    <message>
        <source>Updating the file to schema version %1 (%2) failed.</source>
        <translation>No se pudo actualizar el archivo a la versión de esquema %1 (%2).</translation>
    </message>
</context>
<context>
    <name>MonthDayDelegate</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n ronda</numerusform>
            <numerusform>%n rondas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>That month cannot be shown.</source>
        <translation>No se puede mostrar ese mes.</translation>
    </message>
    <message>
        <source>%1, no interviews</source>
        <translation>%1, sin entrevistas</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n interview(s)</source>
        <translation>
            <numerusform>%1, %n entrevista</numerusform>
            <numerusform>%1, %n entrevistas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthSummary</name>
    <message>
        <source>That month cannot be shown.</source>
        <translation>No se puede mostrar ese mes.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mes anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mes siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>Ir a hoy (Inicio)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Month page title: month name, then year</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed. Use File &gt; Save a copy as to make an editable copy.</source>
        <translation>Este archivo está abierto en modo de solo lectura, así que no se puede cambiar nada. Use Archivo &gt; Guardar una copia como para crear una copia editable.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3 because the clocks change that night. Open the round to choose another time.</source>
        <translation>La hora %1 no existe el %2 en %3 porque esa noche cambia la hora. Abra la ronda para elegir otra hora.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>NotesChecklist</name>
    <message>
        <source>Ask who will attend</source>
        <translation>Pregunte quién asistirá</translation>
    </message>
    <message>
        <source>Review the notes from earlier rounds</source>
        <translation>Repase las notas de las rondas anteriores</translation>
    </message>
    <message>
        <source>Test the video link or the route, and plan to be there ten minutes early</source>
        <translation>Pruebe el enlace de vídeo o el trayecto y prevea llegar diez minutos antes</translation>
    </message>
    <message>
        <source>Copies of your CV and supporting material</source>
        <translation>Copias de su CV y de la documentación de apoyo</translation>
    </message>
    <message>
        <source>References list ready</source>
        <translation>Lista de referencias preparada</translation>
    </message>
    <message>
        <source>Clothes chosen to match their culture</source>
        <translation>Ropa elegida según la cultura de la empresa</translation>
    </message>
    <message>
        <source>Read the company&apos;s recent news</source>
        <translation>Lea las noticias recientes de la empresa</translation>
    </message>
    <message>
        <source>Three or four questions ready to ask them</source>
        <translation>Tres o cuatro preguntas preparadas para hacerles</translation>
    </message>
    <message>
        <source>Salary target and walk-away figure decided</source>
        <translation>Salario objetivo y mínimo aceptable decididos</translation>
    </message>
    <message>
        <source>Prep %1/%2</source>
        <translation>Prep. %1/%2</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Write it down while it is fresh: what they asked, which answers were weak, their concerns, and what happens next.</source>
        <translation>Anótelo mientras lo tiene fresco: qué le preguntaron, qué respuestas fueron débiles, qué dudas tenían y cuál es el siguiente paso.</translation>
    </message>
    <message>
        <source>Choose a round on the left to see its notes.</source>
        <translation>Elija una ronda a la izquierda para ver sus notas.</translation>
    </message>
    <message>
        <source>Why they called me back</source>
        <translation>Por qué me han vuelto a llamar</translation>
    </message>
    <message>
        <source>Left open by earlier rounds</source>
        <translation>Pendiente de rondas anteriores</translation>
    </message>
    <message>
        <source>Left open by earlier rounds; tick what you dealt with</source>
        <translation>Pendiente de rondas anteriores; marque lo que ya haya resuelto</translation>
    </message>
    <message>
        <source>What I want them to remember</source>
        <translation>Lo que quiero que recuerden de mí</translation>
    </message>
    <message>
        <source>&amp;Selling points:</source>
        <translation>Puntos &amp;fuertes:</translation>
    </message>
    <message>
        <source>&amp;Requirements and my evidence:</source>
        <translation>Re&amp;quisitos y mis pruebas:</translation>
    </message>
    <message>
        <source>Company research</source>
        <translation>Investigación sobre la empresa</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Misión:</translation>
    </message>
    <message>
        <source>C&amp;ompetitors:</source>
        <translation>Compe&amp;tencia:</translation>
    </message>
    <message>
        <source>Questions to ask them</source>
        <translation>Preguntas para hacerles</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Una pregunta por línea</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logística</translation>
    </message>
    <message>
        <source>Arrival time, contact phone, what to bring</source>
        <translation>Hora de llegada, teléfono de contacto, qué llevar</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ob&amp;jetivo:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mone&amp;da:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>&amp;Questions they asked:</source>
        <translation>Pre&amp;guntas que le hicieron:</translation>
    </message>
    <message>
        <source>&amp;Weak answers, and what I would say instead:</source>
        <translation>Respuestas &amp;débiles y qué diría en su lugar:</translation>
    </message>
    <message>
        <source>Their &amp;concerns or hesitations:</source>
        <translation>&amp;Sus dudas o reticencias:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>1: it went badly</source>
        <translation>1: fue mal</translation>
    </message>
    <message>
        <source>2: not great</source>
        <translation>2: no muy bien</translation>
    </message>
    <message>
        <source>3: hard to say</source>
        <translation>3: difícil de decir</translation>
    </message>
    <message>
        <source>4: good</source>
        <translation>4: bien</translation>
    </message>
    <message>
        <source>5: it went very well</source>
        <translation>5: fue muy bien</translation>
    </message>
    <message>
        <source>&amp;Gut feeling:</source>
        <translation>&amp;Impresión:</translation>
    </message>
    <message>
        <source>%1: %2, round %3</source>
        <translation>%1: %2, ronda %3</translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <source>Kept for %1 and shared by all its rounds.</source>
        <translation>Se guarda para %1 y la comparten todas sus rondas.</translation>
    </message>
    <message>
        <source>Round %1, %2: %3</source>
        <translation>Ronda %1, %2: %3</translation>
    </message>
    <message>
        <source>Nothing yet: the debriefs of earlier rounds of this application appear here.</source>
        <translation>Nada todavía: aquí aparecen los balances de las rondas anteriores de esta candidatura.</translation>
    </message>
    <message>
        <source>%1 of at least three: ask about the team, the work and its challenges, and at the end about the next steps.</source>
        <translation>%1 de al menos tres: pregunte por el equipo, el trabajo y sus retos, y al final por los próximos pasos.</translation>
    </message>
    <message>
        <source>Pl&amp;an</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>De&amp;brief</source>
        <translation>&amp;Balance</translation>
    </message>
    <message>
        <source>Produ&amp;cts:</source>
        <translation>Producto&amp;s:</translation>
    </message>
    <message>
        <source>Recent ne&amp;ws:</source>
        <translation>Noticias rec&amp;ientes:</translation>
    </message>
    <message>
        <source>Wal&amp;k-away:</source>
        <translation>Mínim&amp;o aceptable:</translation>
    </message>
    <message>
        <source>Cl&amp;ues (team, projects, culture, what they stressed):</source>
        <translation>Pis&amp;tas (equipo, proyectos, cultura, lo que recalcaron):</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps and timing they mentioned:</source>
        <translation>Próximos pasos y pla&amp;zos que mencionaron:</translation>
    </message>
    <message>
        <source>F&amp;ollow up on</source>
        <translation>&amp;Hacer seguimiento el</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Search all notes and job descriptions</source>
        <translation>Buscar en todas las notas y descripciones de puestos</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>%1: %2, round notes</source>
        <translation>%1: %2, notas de la ronda</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2, job description and notes</source>
        <translation>%1: %2, descripción del puesto y notas</translation>
    </message>
    <message>
        <source>%1, company research</source>
        <translation>%1, investigación sobre la empresa</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
</context>
<context>
    <name>NotesRoundList</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Round %1, %2</source>
        <translation>Ronda %1, %2</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelada)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Write it down while it is fresh</source>
        <translation>%1 · Anótelo mientras lo tiene fresco</translation>
    </message>
</context>
<context>
    <name>NotesRules</name>
    <message>
        <source>Weak answer</source>
        <translation>Respuesta débil</translation>
    </message>
    <message>
        <source>Their concern</source>
        <translation>Su duda</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
</context>
<context>
    <name>NotesSampleData</name>
    <message>
        <source>Cut the release cycle from six weeks to one at my last job</source>
        <translation>En mi último trabajo reduje el ciclo de publicación de seis semanas a una</translation>
    </message>
    <message>
        <source>Led a team of four through a rewrite without a missed deadline</source>
        <translation>Dirigí a un equipo de cuatro personas en una reescritura sin incumplir ningún plazo</translation>
    </message>
    <message>
        <source>Speak the customer&apos;s language: two years in support before engineering</source>
        <translation>Hablo el idioma del cliente: dos años en soporte antes de pasar a desarrollo</translation>
    </message>
    <message>
        <source>Mentored three juniors who are now seniors</source>
        <translation>Mentoría de tres perfiles júnior que hoy son sénior</translation>
    </message>
    <message>
        <source>Comfortable owning a problem end to end, from the first call to the fix</source>
        <translation>Asumo con soltura un problema de principio a fin, desde la primera llamada hasta la solución</translation>
    </message>
    <message>
        <source>Five years of backend work: payments service, 2019 to now</source>
        <translation>Cinco años de backend: servicio de pagos, de 2019 hasta hoy</translation>
    </message>
    <message>
        <source>Leading without authority: the cross-team migration last spring</source>
        <translation>Liderazgo sin autoridad formal: la migración entre equipos de la pasada primavera</translation>
    </message>
    <message>
        <source>SQL at scale: tuned the reporting database, queries 40 times faster</source>
        <translation>SQL a gran escala: optimicé la base de datos de informes, consultas 40 veces más rápidas</translation>
    </message>
    <message>
        <source>Clear writing: wrote the onboarding guide new hires still use</source>
        <translation>Redacción clara: escribí la guía de incorporación que los nuevos empleados aún usan</translation>
    </message>
    <message>
        <source>What would a great first three months look like in this role?</source>
        <translation>¿Cómo serían unos primeros tres meses excelentes en este puesto?</translation>
    </message>
    <message>
        <source>How does the team decide what to work on next?</source>
        <translation>¿Cómo decide el equipo en qué trabajar a continuación?</translation>
    </message>
    <message>
        <source>What is the hardest problem the team is facing this year?</source>
        <translation>¿Cuál es el problema más difícil al que se enfrenta el equipo este año?</translation>
    </message>
    <message>
        <source>How do you give feedback, and how often?</source>
        <translation>¿Cómo dan su opinión sobre el trabajo y con qué frecuencia?</translation>
    </message>
    <message>
        <source>What are the next steps, and when will you decide?</source>
        <translation>¿Cuáles son los próximos pasos y cuándo tomarán una decisión?</translation>
    </message>
    <message>
        <source>Be there at 9:50; ask for the interviewer at reception</source>
        <translation>Llegar a las 9:50; preguntar por la entrevistadora en recepción</translation>
    </message>
    <message>
        <source>Test the video link and the microphone the evening before</source>
        <translation>Probar el enlace de vídeo y el micrófono la tarde anterior</translation>
    </message>
    <message>
        <source>Bring two printed copies of the CV and the portfolio link</source>
        <translation>Llevar dos copias impresas del CV y el enlace al portafolio</translation>
    </message>
    <message>
        <source>Tell me about a project that failed</source>
        <translation>Hábleme de un proyecto que fracasó</translation>
    </message>
    <message>
        <source>Why are you leaving your current job?</source>
        <translation>¿Por qué quiere dejar su trabajo actual?</translation>
    </message>
    <message>
        <source>How do you handle a disagreement with your manager?</source>
        <translation>¿Cómo gestiona un desacuerdo con su responsable?</translation>
    </message>
    <message>
        <source>Walk me through a system you designed</source>
        <translation>Explíqueme paso a paso un sistema que haya diseñado</translation>
    </message>
    <message>
        <source>What salary are you looking for?</source>
        <translation>¿Qué salario busca?</translation>
    </message>
    <message>
        <source>Where do you see yourself in three years?</source>
        <translation>¿Dónde se ve dentro de tres años?</translation>
    </message>
    <message>
        <source>Salary question: gave a number too early; next time ask for their range first</source>
        <translation>Pregunta sobre el salario: di una cifra demasiado pronto; la próxima vez, preguntar antes por su banda salarial</translation>
    </message>
    <message>
        <source>Failed project: rambled; lead with what I learned, in two minutes</source>
        <translation>Proyecto fallido: me enrollé; empezar por lo que aprendí, en dos minutos</translation>
    </message>
    <message>
        <source>Gap last year: say plainly it was a planned break for a family move</source>
        <translation>Hueco del año pasado: decir claramente que fue una pausa planificada por una mudanza familiar</translation>
    </message>
    <message>
        <source>System design: forgot to mention monitoring</source>
        <translation>Diseño de sistemas: olvidé mencionar la monitorización</translation>
    </message>
    <message>
        <source>Not sure I have led a team this size</source>
        <translation>No tienen claro que haya dirigido un equipo de este tamaño</translation>
    </message>
    <message>
        <source>Worried I would get bored with the maintenance work</source>
        <translation>Les preocupa que me aburra el trabajo de mantenimiento</translation>
    </message>
    <message>
        <source>Asked twice about experience with their cloud provider</source>
        <translation>Preguntaron dos veces por experiencia con su proveedor de nube</translation>
    </message>
    <message>
        <source>They mentioned on-call three times: probably a pain point</source>
        <translation>Mencionaron las guardias tres veces: probablemente un punto débil</translation>
    </message>
    <message>
        <source>The team is growing from five to eight this year</source>
        <translation>El equipo pasa de cinco a ocho personas este año</translation>
    </message>
    <message>
        <source>The manager stressed written communication</source>
        <translation>La responsable insistió en la comunicación escrita</translation>
    </message>
    <message>
        <source>A big customer launch is planned for spring</source>
        <translation>Hay un gran lanzamiento para clientes previsto en primavera</translation>
    </message>
    <message>
        <source>Recruiter will call within a week</source>
        <translation>La reclutadora llamará en menos de una semana</translation>
    </message>
    <message>
        <source>Final round with the director if this goes well</source>
        <translation>Ronda final con la directora si esta va bien</translation>
    </message>
    <message>
        <source>Decision expected by the end of the month</source>
        <translation>Decisión prevista antes de fin de mes</translation>
    </message>
    <message>
        <source>Make small businesses&apos; bookkeeping painless</source>
        <translation>Hacer que la contabilidad de las pequeñas empresas sea sencilla</translation>
    </message>
    <message>
        <source>Reliable logistics software for mid-sized shippers</source>
        <translation>Software logístico fiable para transportistas medianos</translation>
    </message>
    <message>
        <source>Help hospitals schedule staff fairly</source>
        <translation>Ayudar a los hospitales a organizar los turnos del personal de forma justa</translation>
    </message>
    <message>
        <source>A web app and two mobile apps; an API for partners</source>
        <translation>Una aplicación web y dos aplicaciones móviles; una API para socios</translation>
    </message>
    <message>
        <source>Route planning, fleet tracking, invoicing</source>
        <translation>Planificación de rutas, seguimiento de flotas, facturación</translation>
    </message>
    <message>
        <source>Rostering software sold per site</source>
        <translation>Software de turnos con licencia por centro</translation>
    </message>
    <message>
        <source>Raised a new funding round last quarter</source>
        <translation>Cerró una nueva ronda de financiación el último trimestre</translation>
    </message>
    <message>
        <source>Opened an office abroad in the summer</source>
        <translation>Abrió una oficina en el extranjero en verano</translation>
    </message>
    <message>
        <source>New chief technology officer since September</source>
        <translation>Nuevo director de tecnología (CTO) desde septiembre</translation>
    </message>
    <message>
        <source>Two larger incumbents and one fast start-up</source>
        <translation>Dos empresas consolidadas más grandes y una start-up que crece rápido</translation>
    </message>
    <message>
        <source>Mostly spreadsheets and in-house tools</source>
        <translation>Sobre todo hojas de cálculo y herramientas propias</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <source>The notes could not be read.</source>
        <translation>No se pudieron leer las notas.</translation>
    </message>
    <message>
        <source>The notes could not be saved.</source>
        <translation>No se pudieron guardar las notas.</translation>
    </message>
    <message>
        <source>The gut feeling is a number from 1 to 5.</source>
        <translation>La impresión es un número del 1 al 5.</translation>
    </message>
    <message>
        <source>A note can hold at most %L1 characters; this one has %L2.</source>
        <translation>Una nota puede tener como máximo %L1 caracteres; esta tiene %L2.</translation>
    </message>
    <message>
        <source>The notes were not saved: the round no longer exists.</source>
        <translation>Las notas no se guardaron: la ronda ya no existe.</translation>
    </message>
    <message>
        <source>The company research could not be read.</source>
        <translation>No se pudo leer la investigación sobre la empresa.</translation>
    </message>
    <message>
        <source>The company research could not be saved.</source>
        <translation>No se pudo guardar la investigación sobre la empresa.</translation>
    </message>
    <message>
        <source>The salary figures could not be read.</source>
        <translation>No se pudieron leer las cifras de salario.</translation>
    </message>
    <message>
        <source>Salary figures cannot be negative.</source>
        <translation>Las cifras de salario no pueden ser negativas.</translation>
    </message>
    <message>
        <source>The walk-away figure is the least you would accept, so it cannot be above the target.</source>
        <translation>El mínimo aceptable es lo menos que aceptaría, así que no puede superar el objetivo.</translation>
    </message>
    <message>
        <source>Write the currency as a short code such as EUR or USD.</source>
        <translation>Escriba la moneda como un código corto, por ejemplo EUR o USD.</translation>
    </message>
    <message>
        <source>The salary figures could not be saved.</source>
        <translation>No se pudieron guardar las cifras de salario.</translation>
    </message>
    <message>
        <source>The checklist could not be read.</source>
        <translation>No se pudo leer la lista de comprobación.</translation>
    </message>
    <message>
        <source>The checklist could not be saved.</source>
        <translation>No se pudo guardar la lista de comprobación.</translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation>La ronda ya no existe.</translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation>No se pudo guardar la decisión.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La búsqueda ha fallado.</translation>
    </message>
    <message>
        <source>The notes could not be put back.</source>
        <translation>No se pudieron restaurar las notas.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>&amp;Print prep sheet…</source>
        <translation>Imprimir &amp;hoja de preparación…</translation>
    </message>
    <message>
        <source>&amp;Find in notes</source>
        <translation>&amp;Buscar en las notas</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>There is no round to print a prep sheet for: %1</source>
        <translation>No hay ninguna ronda para la que imprimir una hoja de preparación: %1</translation>
    </message>
</context>
<context>
    <name>NotesToggleCommand</name>
    <message>
        <source>Tick checklist item</source>
        <translation>Marcar elemento de la lista</translation>
    </message>
    <message>
        <source>Untick checklist item</source>
        <translation>Desmarcar elemento de la lista</translation>
    </message>
    <message>
        <source>Mark as dealt with</source>
        <translation>Marcar como resuelto</translation>
    </message>
    <message>
        <source>Mark as still open</source>
        <translation>Marcar como pendiente</translation>
    </message>
</context>
<context>
    <name>PeopleChooser</name>
    <message>
        <source>Space ticks who attends; Alt+Up and Alt+Down change the order they are listed in; Delete deletes the person.</source>
        <translation>Espacio marca quién asiste; Alt+Up y Alt+Down (flechas) cambian el orden de la lista; Supr elimina a la persona.</translation>
    </message>
    <message>
        <source>Move up in the round</source>
        <translation>Subir en la ronda</translation>
    </message>
    <message>
        <source>Move down in the round</source>
        <translation>Bajar en la ronda</translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation>Eliminar persona…</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>No hay ningún archivo abierto.</translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <source>Add person “%1”</source>
        <translation>Añadir a la persona «%1»</translation>
    </message>
    <message>
        <source>Delete person “%1”</source>
        <translation>Eliminar a la persona «%1»</translation>
    </message>
    <message>
        <source>Edit person “%1”</source>
        <translation>Editar a la persona «%1»</translation>
    </message>
</context>
<context>
    <name>PersonDeletion</name>
    <message>
        <source>Delete %1? They are not in any round. Edit &gt; Undo brings them back.</source>
        <translation>¿Eliminar a %1? No participa en ninguna ronda. Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? This also removes them from %n interview round(s). Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar a %1? También se quitará de %n ronda de entrevistas. Editar &gt; Deshacer la recupera.</numerusform>
            <numerusform>¿Eliminar a %1? También se quitará de %n rondas de entrevistas. Editar &gt; Deshacer la recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? They are not in any round, and %n thank-you letter(s) to them will lose the addressee. Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar a %1? No participa en ninguna ronda, y %n carta de agradecimiento dirigida a esta persona perderá el destinatario. Editar &gt; Deshacer lo recupera todo.</numerusform>
            <numerusform>¿Eliminar a %1? No participa en ninguna ronda, y %n cartas de agradecimiento dirigidas a esta persona perderán el destinatario. Editar &gt; Deshacer lo recupera todo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? This also removes them from %2, and %n thank-you letter(s) to them will lose the addressee. Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar a %1? También se quitará de %2, y %n carta de agradecimiento dirigida a esta persona perderá el destinatario. Editar &gt; Deshacer lo recupera todo.</numerusform>
            <numerusform>¿Eliminar a %1? También se quitará de %2, y %n cartas de agradecimiento dirigidas a esta persona perderán el destinatario. Editar &gt; Deshacer lo recupera todo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview round(s)</source>
        <translation>
            <numerusform>%n ronda de entrevistas</numerusform>
            <numerusform>%n rondas de entrevistas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Engineering manager, recruiter…</source>
        <translation>Responsable de ingeniería, reclutador…</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Their role in the decision, what they asked about, what matters to them.</source>
        <translation>Su papel en la decisión, sobre qué preguntó, qué le importa.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Profile &amp;link:</source>
        <translation>En&amp;lace al perfil:</translation>
    </message>
    <message>
        <source>What they &amp;care about:</source>
        <translation>&amp;Qué le importa:</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>No hay ningún archivo abierto.</translation>
    </message>
    <message>
        <source>Edit person — %1</source>
        <translation>Editar persona — %1</translation>
    </message>
    <message>
        <source>The email address does not look right (name@example.com).</source>
        <translation>La dirección de correo no parece correcta (nombre@example.com).</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>What they care about:</source>
        <translation>Qué le importa:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Rounds with them:</source>
        <translation>&amp;Rondas con esta persona:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>No hay ningún archivo abierto.</translation>
    </message>
    <message>
        <source>%1 — person</source>
        <comment>window title: the person&apos;s name</comment>
        <translation>%1 — persona</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>job title at company</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No consta</translation>
    </message>
    <message>
        <source>Nothing noted yet</source>
        <translation>Aún no hay nada anotado</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, then time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not in any round yet</source>
        <translation>Aún no está en ninguna ronda</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message>
        <source>The applications could not be read.</source>
        <translation>No se pudieron leer las candidaturas.</translation>
    </message>
    <message>
        <source>The stages could not be read.</source>
        <translation>No se pudieron leer las etapas.</translation>
    </message>
    <message>
        <source>Enter a name for the stage.</source>
        <translation>Escriba un nombre para la etapa.</translation>
    </message>
    <message>
        <source>A stage name is one line without invisible control characters.</source>
        <translation>El nombre de una etapa es una sola línea sin caracteres de control invisibles.</translation>
    </message>
    <message>
        <source>The stage name is too long (at most %1 characters).</source>
        <translation>El nombre de la etapa es demasiado largo (máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>There is already a stage called “%1”.</source>
        <translation>Ya existe una etapa llamada «%1».</translation>
    </message>
    <message>
        <source>The stage could not be added.</source>
        <translation>No se pudo añadir la etapa.</translation>
    </message>
    <message>
        <source>The stage could not be put back.</source>
        <translation>No se pudo restaurar la etapa.</translation>
    </message>
    <message>
        <source>The stage could not be removed.</source>
        <translation>No se pudo quitar la etapa.</translation>
    </message>
    <message>
        <source>The stage no longer exists.</source>
        <translation>La etapa ya no existe.</translation>
    </message>
    <message>
        <source>The stage could not be renamed.</source>
        <translation>No se pudo cambiar el nombre de la etapa.</translation>
    </message>
    <message>
        <source>The stages could not be reordered.</source>
        <translation>No se pudo cambiar el orden de las etapas.</translation>
    </message>
    <message>
        <source>The board needs at least one stage.</source>
        <translation>El tablero necesita al menos una etapa.</translation>
    </message>
    <message>
        <source>Choose another stage for the applications in “%1”.</source>
        <translation>Elija otra etapa para las candidaturas de «%1».</translation>
    </message>
    <message>
        <source>The stage could not be read.</source>
        <translation>No se pudo leer la etapa.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>La candidatura ya no existe.</translation>
    </message>
    <message>
        <source>The stage history could not be read.</source>
        <translation>No se pudo leer el historial de etapas.</translation>
    </message>
    <message>
        <source>The companies could not be read.</source>
        <translation>No se pudieron leer las empresas.</translation>
    </message>
    <message>
        <source>The company could not be looked up.</source>
        <translation>No se pudo consultar la empresa.</translation>
    </message>
    <message>
        <source>The company could not be removed.</source>
        <translation>No se pudo quitar la empresa.</translation>
    </message>
    <message>
        <source>The company could not be put back.</source>
        <translation>No se pudo restaurar la empresa.</translation>
    </message>
    <message>
        <source>The company could not be saved.</source>
        <translation>No se pudo guardar la empresa.</translation>
    </message>
    <message>
        <source>The board order could not be saved.</source>
        <translation>No se pudo guardar el orden del tablero.</translation>
    </message>
    <message>
        <source>The application could not be saved.</source>
        <translation>No se pudo guardar la candidatura.</translation>
    </message>
    <message>
        <source>The stage history could not be saved.</source>
        <translation>No se pudo guardar el historial de etapas.</translation>
    </message>
    <message>
        <source>The card could not be moved.</source>
        <translation>No se pudo mover la tarjeta.</translation>
    </message>
    <message>
        <source>A card cannot be placed next to itself.</source>
        <translation>Una tarjeta no se puede colocar junto a sí misma.</translation>
    </message>
    <message>
        <source>The place to drop the card no longer exists.</source>
        <translation>El lugar donde soltar la tarjeta ya no existe.</translation>
    </message>
    <message>
        <source>The move could not be undone.</source>
        <translation>No se pudo deshacer el movimiento.</translation>
    </message>
    <message>
        <source>The application could not be archived.</source>
        <translation>No se pudo archivar la candidatura.</translation>
    </message>
    <message>
        <source>The application could not be taken out of the archive.</source>
        <translation>No se pudo sacar la candidatura del archivo.</translation>
    </message>
    <message>
        <source>The application is no longer in the archive.</source>
        <translation>La candidatura ya no está en el archivo.</translation>
    </message>
    <message>
        <source>The application could not be deleted.</source>
        <translation>No se pudo eliminar la candidatura.</translation>
    </message>
    <message>
        <source>The application could not be put back.</source>
        <translation>No se pudo restaurar la candidatura.</translation>
    </message>
    <message>
        <source>The change could not be undone.</source>
        <translation>No se pudo deshacer el cambio.</translation>
    </message>
    <message>
        <source>The stages could not be updated.</source>
        <translation>No se pudieron actualizar las etapas.</translation>
    </message>
    <message>
        <source>The stages could not be saved.</source>
        <translation>No se pudieron guardar las etapas.</translation>
    </message>
</context>
<context>
    <name>PipelineTab</name>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Candidaturas</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>Candi&amp;datura</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>E&amp;tapas</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>&amp;Estadísticas…</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Search company, role, location or notes</source>
        <translation>Buscar empresa, puesto, ubicación o notas</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Buscar candidaturas</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Nueva candidatura…</translation>
    </message>
    <message>
        <source>&amp;Edit application…</source>
        <translation>&amp;Editar candidatura…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Archi&amp;ved applications…</source>
        <translation>Candidaturas arc&amp;hivadas…</translation>
    </message>
    <message>
        <source>Move to &amp;previous stage</source>
        <translation>Mover a la etapa an&amp;terior</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation>&amp;Añadir etapa…</translation>
    </message>
    <message>
        <source>Add &amp;closed stage…</source>
        <translation>Añadir etapa &amp;cerrada…</translation>
    </message>
    <message>
        <source>&amp;Rename stage…</source>
        <translation>&amp;Renombrar etapa…</translation>
    </message>
    <message>
        <source>Move stage &amp;left</source>
        <translation>Mover etapa a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Move stage r&amp;ight</source>
        <translation>Mover etapa a la &amp;derecha</translation>
    </message>
    <message>
        <source>Re&amp;move stage…</source>
        <translation>&amp;Quitar etapa…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Show &amp;closed stages</source>
        <translation>Mostrar etapas &amp;cerradas</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n candidatura</numerusform>
            <numerusform>%n candidaturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) match</source>
        <translation>
            <numerusform>%1 de %n candidatura coincide</numerusform>
            <numerusform>%1 de %n candidaturas coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>SecondRound</source>
        <translation>SecondRound</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed. Use File &gt; Save a copy as to make an editable copy.</source>
        <translation>Este archivo está abierto en modo de solo lectura, así que no se puede cambiar nada. Use Archivo &gt; Guardar una copia como para crear una copia editable.</translation>
    </message>
    <message>
        <source>Delete the application for %1 at %2? Its stage history is deleted too. Edit &gt; Undo brings it back.</source>
        <translation>¿Eliminar la candidatura a %1 en %2? También se elimina su historial de etapas. Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the application for %1 at %2 and its %n interview round(s)? Their people, notes and letters go with them, and the stage history too. Edit &gt; Undo brings it all back.</source>
        <translation>
            <numerusform>¿Eliminar la candidatura a %1 en %2 y su %n ronda de entrevistas? También se eliminan sus personas, notas y cartas, además del historial de etapas. Editar &gt; Deshacer lo recupera todo.</numerusform>
            <numerusform>¿Eliminar la candidatura a %1 en %2 y sus %n rondas de entrevistas? También se eliminan sus personas, notas y cartas, además del historial de etapas. Editar &gt; Deshacer lo recupera todo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n applications?</source>
        <translation>
            <numerusform>¿Eliminar %n candidatura?</numerusform>
            <numerusform>¿Eliminar %n candidaturas?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Their stage history is deleted too. Edit &gt; Undo brings them back.</source>
        <translation>%1 También se elimina su historial de etapas. Editar &gt; Deshacer las recupera.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Their %n interview round(s), with people, notes and letters, and their stage history are deleted too. Edit &gt; Undo brings it all back.</source>
        <translation>
            <numerusform>%1 También se eliminan su %n ronda de entrevistas, con personas, notas y cartas, y su historial de etapas. Editar &gt; Deshacer lo recupera todo.</numerusform>
            <numerusform>%1 También se eliminan sus %n rondas de entrevistas, con personas, notas y cartas, y su historial de etapas. Editar &gt; Deshacer lo recupera todo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete applications</source>
        <translation>Eliminar candidaturas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation>
            <numerusform>Mover %n tarjeta a «%1»</numerusform>
            <numerusform>Mover %n tarjetas a «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder cards</source>
        <translation>Reordenar tarjetas</translation>
    </message>
    <message>
        <source>Add closed stage</source>
        <translation>Añadir etapa cerrada</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Nombre de la etapa:</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renombrar etapa</translation>
    </message>
    <message>
        <source>The board needs at least one stage.</source>
        <translation>El tablero necesita al menos una etapa.</translation>
    </message>
    <message>
        <source>Remove stage “%1”</source>
        <translation>Quitar la etapa «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Choose the stage for the %n application(s) now in “%1”:</source>
        <translation>
            <numerusform>Elija la etapa para la %n candidatura que ahora está en «%1»:</numerusform>
            <numerusform>Elija la etapa para las %n candidaturas que ahora están en «%1»:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Quitar etapa</translation>
    </message>
    <message>
        <source>Remove the empty stage “%1”?</source>
        <translation>¿Quitar la etapa vacía «%1»?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nueva candidatura</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Editar candidatura</translation>
    </message>
    <message>
        <source>Move to ne&amp;xt stage</source>
        <translation>Mover a la etapa &amp;siguiente</translation>
    </message>
</context>
<context>
    <name>PracticeChart</name>
    <message>
        <source>Practice chart</source>
        <translation>Gráfico de práctica</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in the last 30 days</source>
        <translation>
            <numerusform>%n repaso en los últimos 30 días</numerusform>
            <numerusform>%n repasos en los últimos 30 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 % recalled</source>
        <translation>%1: %2 % recordado</translation>
    </message>
    <message>
        <source>Reviews per day, last 30 days</source>
        <translation>Repasos por día, últimos 30 días</translation>
    </message>
    <message>
        <source>most in a day: %1</source>
        <translation>máximo en un día: %1</translation>
    </message>
    <message>
        <source>Recalled, by category</source>
        <translation>Recordadas, por categoría</translation>
    </message>
    <message>
        <source>no reviews</source>
        <translation>sin repasos</translation>
    </message>
</context>
<context>
    <name>PracticeCommands</name>
    <message>
        <source>Add question %1</source>
        <translation>Añadir la pregunta %1</translation>
    </message>
    <message>
        <source>Edit question %1</source>
        <translation>Editar la pregunta %1</translation>
    </message>
    <message>
        <source>Delete question %1</source>
        <translation>Eliminar la pregunta %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n question(s)</source>
        <translation>
            <numerusform>Eliminar %n pregunta</numerusform>
            <numerusform>Eliminar %n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n question(s)</source>
        <translation>
            <numerusform>Importar %n pregunta</numerusform>
            <numerusform>Importar %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate “Again”</source>
        <translation>Valorar «Otra vez»</translation>
    </message>
    <message>
        <source>Rate “Hard”</source>
        <translation>Valorar «Difícil»</translation>
    </message>
    <message>
        <source>Rate “Good”</source>
        <translation>Valorar «Bien»</translation>
    </message>
    <message>
        <source>Rate “Easy”</source>
        <translation>Valorar «Fácil»</translation>
    </message>
    <message>
        <source>Edit story %1</source>
        <translation>Editar la historia %1</translation>
    </message>
    <message>
        <source>Add story %1</source>
        <translation>Añadir la historia %1</translation>
    </message>
    <message>
        <source>Delete story %1</source>
        <translation>Eliminar la historia %1</translation>
    </message>
    <message>
        <source>Choose questions to ask</source>
        <translation>Elegir preguntas para hacer</translation>
    </message>
    <message>
        <source>Link question to application</source>
        <translation>Vincular pregunta a candidatura</translation>
    </message>
    <message>
        <source>Unlink question from application</source>
        <translation>Desvincular pregunta de candidatura</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>&amp;New question…</source>
        <translation>&amp;Nueva pregunta…</translation>
    </message>
    <message>
        <source>&amp;Edit question…</source>
        <translation>&amp;Editar pregunta…</translation>
    </message>
    <message>
        <source>&amp;Delete question</source>
        <translation>E&amp;liminar pregunta</translation>
    </message>
    <message>
        <source>New s&amp;tory…</source>
        <translation>Nueva &amp;historia…</translation>
    </message>
    <message>
        <source>&amp;Start practice</source>
        <translation>&amp;Iniciar práctica</translation>
    </message>
    <message>
        <source>&amp;Link to application…</source>
        <translation>&amp;Vincular a candidatura…</translation>
    </message>
    <message>
        <source>Questions from a de&amp;brief…</source>
        <translation>Preguntas de un &amp;balance…</translation>
    </message>
    <message>
        <source>Questions to &amp;ask in the round…</source>
        <translation>&amp;Preguntas para la ronda…</translation>
    </message>
    <message>
        <source>&amp;Find question</source>
        <translation>&amp;Buscar pregunta</translation>
    </message>
    <message>
        <source>Import &amp;questions (CSV)…</source>
        <translation>Importar &amp;preguntas (CSV)…</translation>
    </message>
    <message>
        <source>Export q&amp;uestions (CSV)…</source>
        <translation>Exportar pregun&amp;tas (CSV)…</translation>
    </message>
    <message>
        <source>Export questions for &amp;Anki…</source>
        <translation>Exportar preguntas para An&amp;ki…</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Readiness and progress</source>
        <translation>Preparación y progreso</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Pendientes de repaso</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>Una categoría</translation>
    </message>
    <message>
        <source>For a round</source>
        <translation>Para una ronda</translation>
    </message>
    <message>
        <source>At random</source>
        <translation>Al azar</translation>
    </message>
    <message>
        <source> questions</source>
        <translation> preguntas</translation>
    </message>
    <message>
        <source> s per answer</source>
        <translation> s por respuesta</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Search questions, answers and tags (Ctrl+F)</source>
        <translation>Buscar preguntas, respuestas y etiquetas (Ctrl+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Answer and stories of the chosen question</source>
        <translation>Respuesta e historias de la pregunta elegida</translation>
    </message>
    <message>
        <source>Edit story…</source>
        <translation>Editar historia…</translation>
    </message>
    <message>
        <source>Delete story</source>
        <translation>Eliminar historia</translation>
    </message>
    <message>
        <source>How likely you want to be to recall an answer when it falls due. Higher means more practice.</source>
        <translation>Con qué probabilidad quiere recordar una respuesta cuando le toque repasarla. Un valor más alto supone más práctica.</translation>
    </message>
    <message>
        <source>&amp;Upcoming rounds:</source>
        <translation>Pró&amp;ximas rondas:</translation>
    </message>
    <message>
        <source>The question bank could not be read: %1</source>
        <translation>No se pudo leer el banco de preguntas: %1</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Measurable result</source>
        <translation>Resultado medible</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>No interview rounds ahead. Link questions to an application to practise toward its rounds.</source>
        <translation>No hay rondas de entrevistas próximas. Vincule preguntas a una candidatura para practicar de cara a sus rondas.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) due</source>
        <translation>
            <numerusform>%n pregunta pendiente</numerusform>
            <numerusform>%n preguntas pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>What is due (%1)</source>
        <translation>Pendientes de repaso (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1, round %2, %3: %4 of %n question(s) ready</source>
        <translation>
            <numerusform>%1, ronda %2, %3: %4 de %n pregunta preparada</numerusform>
            <numerusform>%1, ronda %2, %3: %4 de %n preguntas preparadas</numerusform>
        </translation>
    </message>
    <message>
        <source>No interview rounds ahead.</source>
        <translation>No hay rondas de entrevistas próximas.</translation>
    </message>
    <message>
        <source>Nothing to practise there right now.</source>
        <translation>Ahora mismo no hay nada que practicar ahí.</translation>
    </message>
    <message>
        <source>Choose a question to see your answer and stories.</source>
        <translation>Elija una pregunta para ver su respuesta y sus historias.</translation>
    </message>
    <message>
        <source>Suits: %1</source>
        <translation>Adecuada para: %1</translation>
    </message>
    <message>
        <source>No answer written yet.</source>
        <translation>Aún no hay ninguna respuesta escrita.</translation>
    </message>
    <message>
        <source>Stories: %1</source>
        <translation>Historias: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Asked at: %1</source>
        <translation>Se la hicieron en: %1</translation>
    </message>
    <message numerus="yes">
        <source>Practised %n time(s); next: %1</source>
        <translation>
            <numerusform>Practicada %n vez; próxima: %1</numerusform>
            <numerusform>Practicada %n veces; próxima: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>%1: %2, %3:%4</source>
        <translation>%1: %2, %3:%4</translation>
    </message>
    <message>
        <source>forgot: %1</source>
        <translation>olvidado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) deleted. Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Se eliminó %n pregunta. Editar &gt; Deshacer la recupera.</numerusform>
            <numerusform>Se eliminaron %n preguntas. Editar &gt; Deshacer las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>Importar preguntas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n añadida, </numerusform>
            <numerusform>%n añadidas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n ya existía.</numerusform>
            <numerusform>%n ya existían.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export questions for Anki</source>
        <translation>Exportar preguntas para Anki</translation>
    </message>
    <message>
        <source>Export questions</source>
        <translation>Exportar preguntas</translation>
    </message>
    <message>
        <source>questions-anki.txt</source>
        <translation>preguntas-anki.txt</translation>
    </message>
    <message>
        <source>questions.csv</source>
        <translation>preguntas.csv</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n pregunta a %1</numerusform>
            <numerusform>Se exportaron %n preguntas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no applications to link to yet.</source>
        <translation>Aún no hay candidaturas a las que vincularla.</translation>
    </message>
    <message>
        <source>%1 (linked: choose to unlink)</source>
        <translation>%1 (vinculada: elíjala para desvincular)</translation>
    </message>
    <message>
        <source>Link to application</source>
        <translation>Vincular a candidatura</translation>
    </message>
    <message>
        <source>The application where this question came up or will matter:</source>
        <translation>La candidatura en la que surgió esta pregunta o en la que será importante:</translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation>%1, ronda %2</translation>
    </message>
    <message>
        <source>No debrief lists the questions they asked yet. Write them in the round&apos;s notes first.</source>
        <translation>Ningún balance recoge todavía las preguntas que le hicieron. Escríbalas primero en las notas de la ronda.</translation>
    </message>
    <message numerus="yes">
        <source>%1, round %2: %n question(s)</source>
        <translation>
            <numerusform>%1, ronda %2: %n pregunta</numerusform>
            <numerusform>%1, ronda %2: %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions from a debrief</source>
        <translation>Preguntas de un balance</translation>
    </message>
    <message>
        <source>Add the questions asked in this round to the bank, linked to its application:</source>
        <translation>Añadir al banco las preguntas que le hicieron en esta ronda, vinculadas a su candidatura:</translation>
    </message>
    <message>
        <source>Add questions from the debrief of %1, round %2</source>
        <translation>Añadir preguntas del balance de %1, ronda %2</translation>
    </message>
    <message>
        <source>Pr&amp;actise:</source>
        <translation>Pract&amp;icar:</translation>
    </message>
    <message>
        <source>Desired re&amp;tention:</source>
        <translation>Retención &amp;deseada:</translation>
    </message>
</context>
<context>
    <name>PracticePrepSheet</name>
    <message>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Stories: %1</source>
        <translation>Historias: %1</translation>
    </message>
    <message>
        <source>No answer prepared yet.</source>
        <translation>Aún no hay ninguna respuesta preparada.</translation>
    </message>
</context>
<context>
    <name>PracticeSession</name>
    <message>
        <source>Show answer (Space)</source>
        <translation>Mostrar respuesta (Espacio)</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pausa (P)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Your answer and stories</source>
        <translation>Su respuesta e historias</translation>
    </message>
    <message>
        <source>What I forgot (Return goes back to the card)</source>
        <translation>Lo que olvidé (Intro vuelve a la tarjeta)</translation>
    </message>
    <message>
        <source>1 Again</source>
        <translation>1 Otra vez</translation>
    </message>
    <message>
        <source>2 Hard</source>
        <translation>2 Difícil</translation>
    </message>
    <message>
        <source>3 Good</source>
        <translation>3 Bien</translation>
    </message>
    <message>
        <source>4 Easy</source>
        <translation>4 Fácil</translation>
    </message>
    <message>
        <source>End session (Esc)</source>
        <translation>Terminar sesión (Esc)</translation>
    </message>
    <message>
        <source>Back to the bank</source>
        <translation>Volver al banco de preguntas</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Time is up %1</source>
        <translation>Tiempo agotado %1</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(en pausa)</translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation>Reanudar (P)</translation>
    </message>
    <message>
        <source>(No answer written yet.)</source>
        <translation>(Aún no hay ninguna respuesta escrita.)</translation>
    </message>
    <message>
        <source>Story: %1</source>
        <translation>Historia: %1</translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation>Situación: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Tarea: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Acción: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Measurable result: %1</source>
        <translation>Resultado medible: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) practised.</source>
        <translation>
            <numerusform>%n pregunta practicada.</numerusform>
            <numerusform>%n preguntas practicadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Again %1 · Hard %2 · Good %3 · Easy %4</source>
        <translation>Otra vez %1 · Difícil %2 · Bien %3 · Fácil %4</translation>
    </message>
    <message>
        <source>Average time per answer: %1</source>
        <translation>Tiempo medio por respuesta: %1</translation>
    </message>
    <message>
        <source>What you forgot:</source>
        <translation>Lo que olvidó:</translation>
    </message>
</context>
<context>
    <name>PracticeStore</name>
    <message>
        <source>This file is open read-only, so nothing can be changed.</source>
        <translation>Este archivo está abierto en modo de solo lectura, así que no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>The practice data could not be read.</source>
        <translation>No se pudieron leer los datos de práctica.</translation>
    </message>
    <message>
        <source>The practice data could not be put back.</source>
        <translation>No se pudieron restaurar los datos de práctica.</translation>
    </message>
    <message>
        <source>The desired retention could not be saved.</source>
        <translation>No se pudo guardar la retención deseada.</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Escriba la pregunta.</translation>
    </message>
    <message>
        <source>The question is longer than %1 characters.</source>
        <translation>La pregunta tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation>La respuesta tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Elija una categoría.</translation>
    </message>
    <message>
        <source>Choose who the question suits.</source>
        <translation>Elija para quién es adecuada la pregunta.</translation>
    </message>
    <message>
        <source>Give the story a title.</source>
        <translation>Dé un título a la historia.</translation>
    </message>
    <message>
        <source>The story is too long.</source>
        <translation>La historia es demasiado larga.</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>La pregunta ya no existe.</translation>
    </message>
    <message>
        <source>The linked stories could not be saved.</source>
        <translation>No se pudieron guardar las historias vinculadas.</translation>
    </message>
    <message>
        <source>The question could not be added.</source>
        <translation>No se pudo añadir la pregunta.</translation>
    </message>
    <message>
        <source>The question could not be saved.</source>
        <translation>No se pudo guardar la pregunta.</translation>
    </message>
    <message>
        <source>The question could not be deleted.</source>
        <translation>No se pudo eliminar la pregunta.</translation>
    </message>
    <message>
        <source>The question could not be put back.</source>
        <translation>No se pudo restaurar la pregunta.</translation>
    </message>
    <message>
        <source>The question could not be linked to the application.</source>
        <translation>No se pudo vincular la pregunta a la candidatura.</translation>
    </message>
    <message>
        <source>The link could not be removed.</source>
        <translation>No se pudo quitar el vínculo.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (ronda %2)</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>La historia ya no existe.</translation>
    </message>
    <message>
        <source>The story could not be added.</source>
        <translation>No se pudo añadir la historia.</translation>
    </message>
    <message>
        <source>The story could not be saved.</source>
        <translation>No se pudo guardar la historia.</translation>
    </message>
    <message>
        <source>The story could not be deleted.</source>
        <translation>No se pudo eliminar la historia.</translation>
    </message>
    <message>
        <source>The story could not be put back.</source>
        <translation>No se pudo restaurar la historia.</translation>
    </message>
    <message>
        <source>The rating could not be saved.</source>
        <translation>No se pudo guardar la valoración.</translation>
    </message>
    <message>
        <source>The rating could not be undone.</source>
        <translation>No se pudo deshacer la valoración.</translation>
    </message>
    <message>
        <source>The practice queue could not be read.</source>
        <translation>No se pudo leer la cola de práctica.</translation>
    </message>
    <message>
        <source>The questions for the round could not be saved.</source>
        <translation>No se pudieron guardar las preguntas de la ronda.</translation>
    </message>
    <message>
        <source>The review history could not be read.</source>
        <translation>No se pudo leer el historial de repasos.</translation>
    </message>
    <message>
        <source>Line %1 could not be imported.</source>
        <translation>No se pudo importar la línea %1.</translation>
    </message>
</context>
<context>
    <name>PracticeTab</name>
    <message>
        <source>Export q&amp;uestions (CSV)…</source>
        <translation>Exportar pregun&amp;tas (CSV)…</translation>
    </message>
    <message>
        <source>Export questions for &amp;Anki…</source>
        <translation>Exportar preguntas para An&amp;ki…</translation>
    </message>
    <message>
        <source>P&amp;ractice</source>
        <translation>Prác&amp;tica</translation>
    </message>
    <message>
        <source>Pract&amp;ice</source>
        <translation>&amp;Práctica</translation>
    </message>
    <message>
        <source>Import que&amp;stions (CSV)…</source>
        <translation>Importar &amp;preguntas (CSV)…</translation>
    </message>
</context>
<context>
    <name>PrepSheetDocument</name>
    <message>
        <source>Prep sheet: %1</source>
        <translation>Hoja de preparación: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PrepSheetLoader</name>
    <message>
        <source>No interview round is scheduled ahead.</source>
        <translation>No hay ninguna ronda de entrevistas programada próximamente.</translation>
    </message>
    <message>
        <source>There is no round %1.</source>
        <translation>No existe la ronda %1.</translation>
    </message>
    <message>
        <source>Round %1 belongs to an archived application; bring the application back from the archive first.</source>
        <translation>La ronda %1 pertenece a una candidatura archivada; saque primero la candidatura del archivo.</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Ronda %1: %2</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Cuándo y dónde</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, de %2 a %3 (%4)</translation>
    </message>
    <message>
        <source>Your time: %1, %2 to %3</source>
        <translation>Su hora: %1, de %2 a %3</translation>
    </message>
    <message>
        <source>Duration: %1 minutes</source>
        <translation>Duración: %1 minutos</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dónde: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <source>Who will be there</source>
        <translation>Quién asistirá</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nobody listed yet: ask who will attend, and add them to the round. Each person starts from zero.</source>
        <translation>Aún no hay nadie registrado: pregunte quién asistirá y añada a esas personas a la ronda. Cada persona empieza de cero.</translation>
    </message>
    <message>
        <source>Why this round</source>
        <translation>Por qué esta ronda</translation>
    </message>
    <message>
        <source>Left open by earlier rounds</source>
        <translation>Pendiente de rondas anteriores</translation>
    </message>
    <message>
        <source>Round %1, %2: %3</source>
        <translation>Ronda %1, %2: %3</translation>
    </message>
    <message>
        <source>Nothing open: every weak answer, concern and clue is dealt with.</source>
        <translation>Nada pendiente: todas las respuestas débiles, dudas y pistas están resueltas.</translation>
    </message>
    <message>
        <source>This is the first round: nothing to carry over yet.</source>
        <translation>Es la primera ronda: todavía no hay nada pendiente de antes.</translation>
    </message>
    <message>
        <source>What I want them to remember</source>
        <translation>Lo que quiero que recuerden de mí</translation>
    </message>
    <message>
        <source>Requirement and my evidence: %1</source>
        <translation>Requisito y mis pruebas: %1</translation>
    </message>
    <message>
        <source>Add your selling points and the job&apos;s key requirements with your evidence in the plan.</source>
        <translation>Añada en el plan sus puntos fuertes y los requisitos clave del puesto con sus pruebas.</translation>
    </message>
    <message>
        <source>Likely questions</source>
        <translation>Preguntas probables</translation>
    </message>
    <message>
        <source>Asked in round %1</source>
        <translation>Se la hicieron en la ronda %1</translation>
    </message>
    <message>
        <source>Questions from earlier debriefs and your practised answers appear here.</source>
        <translation>Aquí aparecen las preguntas de balances anteriores y las respuestas que ha practicado.</translation>
    </message>
    <message>
        <source>Questions to ask them</source>
        <translation>Preguntas para hacerles</translation>
    </message>
    <message>
        <source>Prepare at least three: about the team, the work, its challenges, and at the end the next steps.</source>
        <translation>Prepare al menos tres: sobre el equipo, el trabajo, sus retos y, al final, los próximos pasos.</translation>
    </message>
    <message>
        <source>Write your questions in the plan, one per line.</source>
        <translation>Escriba sus preguntas en el plan, una por línea.</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Walk-away: %1</source>
        <translation>Mínimo aceptable: %1</translation>
    </message>
    <message>
        <source>Decide your target and the least you would accept, with the market range as evidence.</source>
        <translation>Decida su objetivo y lo mínimo que aceptaría, con la banda salarial del mercado como referencia.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>After the round</source>
        <translation>Después de la ronda</translation>
    </message>
    <message>
        <source>Thank-you note to %1, within a day</source>
        <translation>Nota de agradecimiento a %1, en menos de un día</translation>
    </message>
    <message>
        <source>A short thank-you note to each person you met, within a day</source>
        <translation>Una breve nota de agradecimiento a cada persona con la que se reunió, en menos de un día</translation>
    </message>
    <message>
        <source>Ask about the next steps and when they will decide</source>
        <translation>Pregunte por los próximos pasos y cuándo tomarán una decisión</translation>
    </message>
    <message>
        <source>Write the debrief while it is fresh</source>
        <translation>Escriba el balance mientras lo tiene fresco</translation>
    </message>
</context>
<context>
    <name>PrepSheetPdf</name>
    <message>
        <source>No file name was given for the prep sheet.</source>
        <translation>No se indicó ningún nombre de archivo para la hoja de preparación.</translation>
    </message>
    <message>
        <source>The prep sheet could not be written to “%1”: %2</source>
        <translation>No se pudo escribir la hoja de preparación en «%1»: %2</translation>
    </message>
    <message>
        <source>The prep sheet could not be drawn.</source>
        <translation>No se pudo generar la hoja de preparación.</translation>
    </message>
</context>
<context>
    <name>PrepSheetPreview</name>
    <message>
        <source>Prep sheet</source>
        <translation>Hoja de preparación</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>You have typed into this form. Close it and lose what you typed?</source>
        <translation>Ha escrito en este formulario. ¿Cerrarlo y perder lo que ha escrito?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>Line %1 of the question bank names an unknown category.</source>
        <translation>La línea %1 del banco de preguntas nombra una categoría desconocida.</translation>
    </message>
    <message>
        <source>Line %1 of the question bank comes before any category.</source>
        <translation>La línea %1 del banco de preguntas está antes de cualquier categoría.</translation>
    </message>
    <message>
        <source>The question bank could not be read.</source>
        <translation>No se pudo leer el banco de preguntas.</translation>
    </message>
    <message>
        <source>The question bank could not be added to the file.</source>
        <translation>No se pudo añadir el banco de preguntas al archivo.</translation>
    </message>
</context>
<context>
    <name>QuestionBankProxy</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Toca ahora</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Next practice</source>
        <translation>Repaso</translation>
    </message>
</context>
<context>
    <name>QuestionCategory</name>
    <message>
        <source>About you and motivation</source>
        <translation>Sobre usted y su motivación</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Conductuales</translation>
    </message>
    <message>
        <source>Role and skills</source>
        <translation>Puesto y habilidades</translation>
    </message>
    <message>
        <source>Company and culture fit</source>
        <translation>Empresa y encaje cultural</translation>
    </message>
    <message>
        <source>Second and final rounds</source>
        <translation>Segundas rondas y rondas finales</translation>
    </message>
    <message>
        <source>Salary and logistics</source>
        <translation>Salario y logística</translation>
    </message>
    <message>
        <source>Curveballs</source>
        <translation>Preguntas trampa</translation>
    </message>
    <message>
        <source>Questions to ask them</source>
        <translation>Preguntas para hacerles</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable de contratación</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Colega</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <source>Your answer: short, concrete, ending with the result.</source>
        <translation>Su respuesta: breve, concreta y terminando con el resultado.</translation>
    </message>
    <message>
        <source>Separate tags with ;</source>
        <translation>Separe las etiquetas con ;</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Suits:</source>
        <translation>A&amp;decuada para:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>St&amp;ories:</source>
        <translation>&amp;Historias:</translation>
    </message>
</context>
<context>
    <name>QuestionFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a question file.</source>
        <translation>«%1» es una carpeta, no un archivo de preguntas.</translation>
    </message>
    <message>
        <source>“%1” is larger than 5 MiB; a question file is far smaller. Nothing was imported.</source>
        <translation>«%1» ocupa más de 5 MiB; un archivo de preguntas es mucho más pequeño. No se importó nada.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” was not imported. %2</source>
        <translation>«%1» no se importó. %2</translation>
    </message>
    <message>
        <source>The file is larger than 5 MiB.</source>
        <translation>El archivo ocupa más de 5 MiB.</translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation>No es un archivo de texto.</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Línea %1: el archivo no es texto UTF-8. Guárdelo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Line 1: the file is empty; it needs the header question,category,answer,tags.</source>
        <translation>Línea 1: el archivo está vacío; necesita la cabecera question,category,answer,tags.</translation>
    </message>
    <message>
        <source>Line %1: the first line must be the header question,category,answer,tags.</source>
        <translation>Línea %1: la primera línea debe ser la cabecera question,category,answer,tags.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields instead of 4 (question, category, answer, tags).</source>
        <translation>Línea %1: %2 campos en lugar de 4 (question, category, answer, tags).</translation>
    </message>
    <message>
        <source>Line %1: the question is empty.</source>
        <translation>Línea %1: la pregunta está vacía.</translation>
    </message>
    <message>
        <source>Line %1: the question is longer than %2 characters.</source>
        <translation>Línea %1: la pregunta tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>Line %1: the answer is longer than %2 characters.</source>
        <translation>Línea %1: la respuesta tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 tags.</source>
        <translation>Línea %1: más de %2 etiquetas.</translation>
    </message>
    <message>
        <source>Line %1: a tag is longer than %2 characters.</source>
        <translation>Línea %1: una etiqueta tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a category. Use one of: %3.</source>
        <translation>Línea %1: «%2» no es una categoría. Use una de estas: %3.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo al que exportar.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation>«%1» es una carpeta. Elija un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation>La carpeta «%1» no existe. Elija una carpeta que exista.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dentro de %n minuto</numerusform>
            <numerusform>dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dentro de %n hora</numerusform>
            <numerusform>dentro de %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 at %2 starts at %3 — %4.</source>
        <translation>La ronda %1 en %2 empieza a las %3 — %4.</translation>
    </message>
    <message>
        <source>Round %1 at %2 (%3) starts at %4 — %5.</source>
        <extracomment>Reminder: round number, company, role, start time, how long from now</extracomment>
        <translation>La ronda %1 en %2 (%3) empieza a las %4 — %5.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A start on another day: &quot;Tue 24 Nov at 09:00&quot;</extracomment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Round %1 at %2 starts on %3 — %4.</source>
        <translation>La ronda %1 en %2 empieza el %3 — %4.</translation>
    </message>
    <message>
        <source>Round %1 at %2 (%3) starts on %4 — %5.</source>
        <translation>La ronda %1 en %2 (%3) empieza el %4 — %5.</translation>
    </message>
    <message>
        <source>Interview soon</source>
        <translation>Entrevista en breve</translation>
    </message>
</context>
<context>
    <name>RemoveApplicationsCommand</name>
    <message numerus="yes">
        <source>Archive %n application(s)</source>
        <translation>
            <numerusform>Archivar %n candidatura</numerusform>
            <numerusform>Archivar %n candidaturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n application(s)</source>
        <translation>
            <numerusform>Eliminar %n candidatura</numerusform>
            <numerusform>Eliminar %n candidaturas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>&amp;Schedule round…</source>
        <translation>&amp;Programar ronda…</translation>
    </message>
    <message>
        <source>Interview &amp;rounds…</source>
        <translation>&amp;Rondas de entrevistas…</translation>
    </message>
    <message>
        <source>Interview rounds</source>
        <translation>Rondas de entrevistas</translation>
    </message>
    <message>
        <source>Select an application on the pipeline board first.</source>
        <translation>Seleccione primero una candidatura en el tablero.</translation>
    </message>
    <message>
        <source>SecondRound</source>
        <translation>SecondRound</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add an application on the pipeline board first; rounds belong to one.</source>
        <translation>Añada primero una candidatura en el tablero; cada ronda pertenece a una.</translation>
    </message>
    <message>
        <source>New interview round</source>
        <translation>Nueva ronda de entrevistas</translation>
    </message>
    <message>
        <source>Which application is the round for?</source>
        <translation>¿Para qué candidatura es la ronda?</translation>
    </message>
</context>
<context>
    <name>RoundAgendaModel</name>
    <message>
        <source>Those days cannot be shown.</source>
        <translation>No se pueden mostrar esos días.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Day and time of a round in the week agenda: &quot;Tue 24 Nov, 14:00&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>company, then role</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 a %3</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Con: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dónde: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>RoundCalendarExport</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — cares about: %2</source>
        <translation>%1 — le importa: %2</translation>
    </message>
    <message>
        <source>Round %1: %2 — %3 at %4</source>
        <translation>Ronda %1: %2 — %3 en %4</translation>
    </message>
    <message>
        <source>Time: %1, %2 (%3)</source>
        <translation>Hora: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Meeting link: %1</source>
        <translation>Enlace de la reunión: %1</translation>
    </message>
    <message>
        <source>Who will attend: not known yet — ask</source>
        <translation>Quién asistirá: aún no se sabe — pregúntelo</translation>
    </message>
    <message>
        <source>Who will attend:</source>
        <translation>Quién asistirá:</translation>
    </message>
    <message>
        <source>Why this round: %1</source>
        <translation>Por qué esta ronda: %1</translation>
    </message>
    <message>
        <source>Before the interview:</source>
        <translation>Antes de la entrevista:</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo al que exportar.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation>«%1» es una carpeta. Elija un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation>La carpeta «%1» no existe. Elija una carpeta que exista.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
    <message>
        <source>There are no scheduled rounds ahead to export, so no file was written.</source>
        <translation>No hay rondas programadas próximas que exportar, así que no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>RoundCalendarImport</name>
    <message>
        <source>The file has no stages to put a new application in.</source>
        <translation>El archivo no tiene etapas en las que poner una candidatura nueva.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>“%1” spans %2 days; it was set to its first day at %3 for %4 hours. Change the time if you know it.</source>
        <translation>«%1» abarca %2 días; se ha fijado en su primer día a las %3 con una duración de %4 horas. Cambie la hora si la conoce.</translation>
    </message>
    <message>
        <source>“%1” is a whole-day event; it was set to %2 for %3 hours. Change the time if you know it.</source>
        <translation>«%1» es un evento de todo el día; se ha fijado a las %2 con una duración de %3 horas. Cambie la hora si la conoce.</translation>
    </message>
    <message>
        <source>“%1” was given in a time zone without a name (%2); it keeps its time and is shown in your time zone, %3.</source>
        <translation>«%1» venía en una zona horaria sin nombre (%2); conserva su hora y se muestra en su zona horaria, %3.</translation>
    </message>
    <message>
        <source>“%1” lasts less than %2 minutes in the calendar; it was stored as %2 minutes.</source>
        <translation>«%1» dura menos de %2 minutos en el calendario; se ha guardado con %2 minutos.</translation>
    </message>
    <message>
        <source>“%1” lasts %2 minutes in the calendar; a round lasts at most %3 minutes, so it was stored as %3 minutes.</source>
        <translation>«%1» dura %2 minutos en el calendario; una ronda dura como máximo %3 minutos, así que se ha guardado con %3 minutos.</translation>
    </message>
    <message>
        <source>The location of “%1” was shortened to %2 characters.</source>
        <translation>La ubicación de «%1» se ha acortado a %2 caracteres.</translation>
    </message>
    <message>
        <source>“%1” repeats; only its first occurrence was imported.</source>
        <translation>«%1» se repite; solo se importó su primera aparición.</translation>
    </message>
    <message>
        <source>Invisible control characters (such as text direction overrides) were removed from the title, place or names of “%1”.</source>
        <translation>Se quitaron caracteres de control invisibles (como los que cambian la dirección del texto) del título, el lugar o los nombres de «%1».</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>There is no application with the id %1.</source>
        <translation>No hay ninguna candidatura con el id %1.</translation>
    </message>
    <message>
        <source>Choose at least one event to import.</source>
        <translation>Elija al menos un evento para importar.</translation>
    </message>
    <message>
        <source>Nothing was imported, because “%1” cannot be stored as a round: %2</source>
        <translation>No se importó nada, porque «%1» no se puede guardar como ronda: %2</translation>
    </message>
    <message>
        <source>There is no application with the id %1. Nothing was imported.</source>
        <translation>No hay ninguna candidatura con el id %1. No se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported, because “%1” could not be stored: %2</source>
        <translation>No se importó nada, porque no se pudo guardar «%1»: %2</translation>
    </message>
    <message>
        <source>The person “%1” could not be saved: %2</source>
        <translation>No se pudo guardar a la persona «%1»: %2</translation>
    </message>
    <message>
        <source>The imported rounds could not be put back.</source>
        <translation>No se pudieron restaurar las rondas importadas.</translation>
    </message>
</context>
<context>
    <name>RoundCatalog</name>
    <message>
        <source>Phone screen</source>
        <translation>Entrevista telefónica</translation>
    </message>
    <message>
        <source>Video interview</source>
        <translation>Videoentrevista</translation>
    </message>
    <message>
        <source>Technical interview</source>
        <translation>Entrevista técnica</translation>
    </message>
    <message>
        <source>Behavioural interview</source>
        <translation>Entrevista conductual</translation>
    </message>
    <message>
        <source>HR interview</source>
        <translation>Entrevista con RR. HH.</translation>
    </message>
    <message>
        <source>Panel interview</source>
        <translation>Entrevista en panel</translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation>Visita presencial</translation>
    </message>
    <message>
        <source>Final interview</source>
        <translation>Entrevista final</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Their usual multi-step process</source>
        <translation>Su proceso habitual en varias fases</translation>
    </message>
    <message>
        <source>Choosing between finalists</source>
        <translation>Eligen entre finalistas</translation>
    </message>
    <message>
        <source>Testing fit with the team and culture</source>
        <translation>Comprueban el encaje con el equipo y la cultura</translation>
    </message>
    <message>
        <source>A senior manager or the team must approve</source>
        <translation>Debe dar su aprobación un directivo o el equipo</translation>
    </message>
    <message>
        <source>Clearing up a doubt from an earlier round</source>
        <translation>Aclarar una duda de una ronda anterior</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>The first round was probably a screen. Expect deeper questions on the role itself and stories that show how you work.</source>
        <translation>La primera ronda probablemente fue un filtro. Espere preguntas más profundas sobre el propio puesto y que le pidan ejemplos de cómo trabaja.</translation>
    </message>
    <message>
        <source>You are being compared. Be ready to say what you can do from day one that the other finalists cannot, with one or two concrete results.</source>
        <translation>Le están comparando. Prepárese para decir qué puede aportar desde el primer día que los demás finalistas no pueden, con uno o dos resultados concretos.</translation>
    </message>
    <message>
        <source>Your skills are accepted; now they want to know how you work with people. Prepare stories about collaboration and conflict, and ask about the team&apos;s habits.</source>
        <translation>Sus habilidades ya convencen; ahora quieren saber cómo trabaja con otras personas. Prepare historias sobre colaboración y conflictos, y pregunte por las costumbres del equipo.</translation>
    </message>
    <message>
        <source>New people decide now, and each starts from zero. Restate your strongest points briefly and connect them to what this person is responsible for.</source>
        <translation>Ahora deciden personas nuevas, y cada una empieza de cero. Repita brevemente sus puntos más fuertes y relaciónelos con las responsabilidades de cada persona.</translation>
    </message>
    <message>
        <source>Something left a question open. Look at your notes for weak answers or concerns, and prepare a short, honest answer that settles it.</source>
        <translation>Algo dejó una duda abierta. Busque en sus notas respuestas débiles o dudas, y prepare una respuesta breve y sincera que la resuelva.</translation>
    </message>
    <message>
        <source>Ask the recruiter what this round is for and who will be there; it changes how to prepare.</source>
        <translation>Pregunte al reclutador para qué es esta ronda y quién asistirá; eso cambia cómo prepararse.</translation>
    </message>
    <message>
        <source>Ask who will attend</source>
        <translation>Pregunte quién asistirá</translation>
    </message>
    <message>
        <source>Review the notes from the previous round</source>
        <translation>Repase las notas de la ronda anterior</translation>
    </message>
    <message>
        <source>Prepare three or four questions to ask them</source>
        <translation>Prepare tres o cuatro preguntas para hacerles</translation>
    </message>
    <message>
        <source>Know your salary target and walk-away figure</source>
        <translation>Tenga claros su salario objetivo y su mínimo aceptable</translation>
    </message>
    <message>
        <source>Arrive (or log in) ten minutes early with copies of your resume</source>
        <translation>Llegue (o conéctese) diez minutos antes con copias de su currículum</translation>
    </message>
    <message>
        <source>Afterwards: a short thank-you note to each person, within a day</source>
        <translation>Después: una breve nota de agradecimiento a cada persona, en menos de un día</translation>
    </message>
</context>
<context>
    <name>RoundCommands</name>
    <message>
        <source>Round %1 at %2</source>
        <translation>ronda %1 en %2</translation>
    </message>
    <message>
        <source>Add round “%1”</source>
        <translation>Añadir la ronda «%1»</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>interview round</source>
        <translation>ronda de entrevistas</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>Change who attends %1</source>
        <translation>Cambiar quién asiste a %1</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Choose a date</source>
        <translation>Elegir fecha</translation>
    </message>
    <message>
        <source>New interview round</source>
        <translation>Nueva ronda de entrevistas</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Cuándo y dónde</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>&amp;a las</translation>
    </message>
    <message>
        <source>The zone&apos;s offset from UTC on the chosen day</source>
        <translation>Diferencia de la zona con UTC el día elegido</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Address, floor, who to ask for at reception</source>
        <translation>Dirección, planta, por quién preguntar en recepción</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Meeting link:</source>
        <translation>Enlace de la reu&amp;nión:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Why and who</source>
        <translation>Por qué y quién</translation>
    </message>
    <message>
        <source>Why they asked for this &amp;round:</source>
        <translation>Por qué piden esta &amp;ronda:</translation>
    </message>
    <message>
        <source>W&amp;ho will be there:</source>
        <translation>&amp;Quién asistirá:</translation>
    </message>
    <message>
        <source>Later rounds bring new people, and each starts from zero. Knowing who comes lets you prepare for each of them.</source>
        <translation>En las rondas posteriores participan personas nuevas, y cada una empieza de cero. Saber quién viene le permite prepararse para cada una.</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Añadir &amp;persona…</translation>
    </message>
    <message>
        <source>How it went, the next step and when they will decide.</source>
        <translation>Cómo fue, el siguiente paso y cuándo tomarán una decisión.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Re&amp;sultado:</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>No hay ningún archivo abierto.</translation>
    </message>
    <message>
        <source>Edit %1 at %2</source>
        <translation>Editar %1 en %2</translation>
    </message>
    <message>
        <source>That is %1 your time</source>
        <translation>En su zona horaria: %1</translation>
    </message>
    <message>
        <source>That is %1 on %2 your time</source>
        <translation>En su zona horaria: %2, %1</translation>
    </message>
    <message>
        <source>Overlaps %1 at %2, %3</source>
        <translation>Se solapa con %1 en %2, %3</translation>
    </message>
    <message>
        <source>Choose the day of the interview.</source>
        <translation>Elija el día de la entrevista.</translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>El&amp;iminar persona…</translation>
    </message>
</context>
<context>
    <name>RoundFormat</name>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, then time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <comment>local time, then the time in the round&apos;s own zone</comment>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start and end time</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Ask who will attend</source>
        <translation>Pregunte quién asistirá</translation>
    </message>
</context>
<context>
    <name>RoundQuestionsDialog</name>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>Questions to ask in %1 (at least three):</source>
        <translation>Preguntas para hacer en %1 (al menos tres):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n elegida</numerusform>
            <numerusform>%n elegidas</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare at least three</source>
        <translation>prepare al menos tres</translation>
    </message>
</context>
<context>
    <name>RoundScheduler</name>
    <message>
        <source>Schedule round</source>
        <translation>Programar ronda</translation>
    </message>
    <message>
        <source>The application for %1 at %2 now has an interview round. Move it to “%3” as well?</source>
        <translation>La candidatura a %1 en %2 ya tiene una ronda de entrevistas. ¿Moverla también a «%3»?</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>Mover a «%1»</translation>
    </message>
</context>
<context>
    <name>RoundStore</name>
    <message>
        <source>The interview rounds could not be read.</source>
        <translation>No se pudieron leer las rondas de entrevistas.</translation>
    </message>
    <message>
        <source>The people in the rounds could not be read.</source>
        <translation>No se pudieron leer las personas de las rondas.</translation>
    </message>
    <message>
        <source>The interview round no longer exists.</source>
        <translation>La ronda de entrevistas ya no existe.</translation>
    </message>
    <message>
        <source>The people in the round could not be saved.</source>
        <translation>No se pudieron guardar las personas de la ronda.</translation>
    </message>
    <message>
        <source>Only people from the application&apos;s company can be listed for its rounds.</source>
        <translation>En las rondas de una candidatura solo se pueden registrar personas de la empresa de esa candidatura.</translation>
    </message>
    <message>
        <source>The interview round could not be saved.</source>
        <translation>No se pudo guardar la ronda de entrevistas.</translation>
    </message>
    <message>
        <source>That time does not exist in the round&apos;s time zone.</source>
        <translation>Esa hora no existe en la zona horaria de la ronda.</translation>
    </message>
    <message>
        <source>The interview round could not be moved.</source>
        <translation>No se pudo mover la ronda de entrevistas.</translation>
    </message>
    <message>
        <source>The interview round could not be deleted.</source>
        <translation>No se pudo eliminar la ronda de entrevistas.</translation>
    </message>
    <message>
        <source>The interview round could not be put back.</source>
        <translation>No se pudo restaurar la ronda de entrevistas.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>El nombre es demasiado largo (máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>Names, titles, addresses and numbers are one line without invisible control characters.</source>
        <translation>Los nombres, cargos, direcciones y números son una sola línea sin caracteres de control invisibles.</translation>
    </message>
    <message>
        <source>The email address does not look right (name@example.com).</source>
        <translation>La dirección de correo no parece correcta (nombre@example.com).</translation>
    </message>
    <message>
        <source>The profile link must be a web address starting with http:// or https://.</source>
        <translation>El enlace al perfil debe ser una dirección web que empiece por http:// o https://.</translation>
    </message>
    <message>
        <source>The person could not be read.</source>
        <translation>No se pudo leer la persona.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>La persona ya no existe.</translation>
    </message>
    <message>
        <source>The people could not be read.</source>
        <translation>No se pudieron leer las personas.</translation>
    </message>
    <message>
        <source>The application could not be read.</source>
        <translation>No se pudo leer la candidatura.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>La candidatura ya no existe.</translation>
    </message>
    <message>
        <source>The person could not be saved.</source>
        <translation>No se pudo guardar la persona.</translation>
    </message>
    <message>
        <source>The person could not be deleted.</source>
        <translation>No se pudo eliminar la persona.</translation>
    </message>
    <message numerus="yes">
        <source>This person is still listed in %n round(s). Remove them from there first.</source>
        <translation>
            <numerusform>Esta persona sigue registrada en %n ronda. Quítela primero de ahí.</numerusform>
            <numerusform>Esta persona sigue registrada en %n rondas. Quítela primero de ahí.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person could not be put back.</source>
        <translation>No se pudo restaurar la persona.</translation>
    </message>
</context>
<context>
    <name>RoundText</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Date format for the calendar lists (Qt date format): weekday, day, month</extracomment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <extracomment>Local start time, then the start in the zone the round was arranged in</extracomment>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <translation>Ronda %1 · %2</translation>
    </message>
    <message>
        <source>Ask who will attend</source>
        <translation>Pregunte quién asistirá</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
</context>
<context>
    <name>RoundValidator</name>
    <message>
        <source>Choose the time zone the interview is in.</source>
        <translation>Elija la zona horaria de la entrevista.</translation>
    </message>
    <message>
        <source>Enter a start date and time that exists in that time zone (clocks may change that night).</source>
        <translation>Indique una fecha y hora de inicio que exista en esa zona horaria (puede que esa noche cambie la hora).</translation>
    </message>
    <message>
        <source>The duration must be between %1 and %2 minutes.</source>
        <translation>La duración debe estar entre %1 y %2 minutos.</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; the location is one line.</source>
        <translation>Quite los saltos de línea y los caracteres de control invisibles; el lugar ocupa una sola línea.</translation>
    </message>
    <message>
        <source>The location is too long (at most 300 characters).</source>
        <translation>El lugar es demasiado largo (máximo 300 caracteres).</translation>
    </message>
    <message>
        <source>The meeting link must be a web address starting with http:// or https://.</source>
        <translation>El enlace de la reunión debe ser una dirección web que empiece por http:// o https://.</translation>
    </message>
    <message>
        <source>The outcome is too long (at most 20,000 characters).</source>
        <translation>El resultado es demasiado largo (máximo 20 000 caracteres).</translation>
    </message>
</context>
<context>
    <name>SalaryCommand</name>
    <message>
        <source>Set salary figures</source>
        <translation>Definir cifras de salario</translation>
    </message>
</context>
<context>
    <name>SalaryReading</name>
    <message>
        <source>“%1” is not a currency; use a three-letter code such as EUR, USD or GBP.</source>
        <translation>«%1» no es una moneda; use un código de tres letras, como EUR, USD o GBP.</translation>
    </message>
    <message>
        <source>“%1” is not a salary; write it like 70000, 70.000 €, €70,000–80,000 or 70k-80k.</source>
        <translation>«%1» no es un salario; escríbalo como 70000, 70.000 €, €70,000–80,000 o 70k-80k.</translation>
    </message>
    <message>
        <source>“%1” names more than one currency.</source>
        <translation>«%1» menciona más de una moneda.</translation>
    </message>
    <message>
        <source>“%1” is a range; this column holds one amount.</source>
        <translation>«%1» es una banda; esta columna contiene una sola cantidad.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message numerus="yes">
        <source>Sample data is only added to an empty file, and this one already has %n application(s).</source>
        <translation>
            <numerusform>Los datos de ejemplo solo se añaden a un archivo vacío, y este ya tiene %n candidatura.</numerusform>
            <numerusform>Los datos de ejemplo solo se añaden a un archivo vacío, y este ya tiene %n candidaturas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no open stage to put applications in.</source>
        <translation>El archivo no tiene ninguna etapa abierta en la que poner candidaturas.</translation>
    </message>
    <message>
        <source>The sample data could not be added.</source>
        <translation>No se pudieron añadir los datos de ejemplo.</translation>
    </message>
    <message>
        <source>Build and run services for a growing product team.</source>
        <translation>Desarrollar y operar servicios para un equipo de producto en crecimiento.</translation>
    </message>
    <message>
        <source>Went well; they asked for a concrete example of leading a project.</source>
        <translation>Fue bien; pidieron un ejemplo concreto de dirección de un proyecto.</translation>
    </message>
    <message>
        <source>Backend engineer</source>
        <translation>Ingeniero/a backend</translation>
    </message>
    <message>
        <source>Product designer</source>
        <translation>Diseñador/a de producto</translation>
    </message>
    <message>
        <source>Data analyst</source>
        <translation>Analista de datos</translation>
    </message>
    <message>
        <source>Engineering manager</source>
        <translation>Responsable de ingeniería</translation>
    </message>
    <message>
        <source>Frontend developer</source>
        <translation>Desarrollador/a frontend</translation>
    </message>
    <message>
        <source>QA engineer</source>
        <translation>Ingeniero/a de QA</translation>
    </message>
    <message>
        <source>Site reliability engineer</source>
        <translation>Ingeniero/a de fiabilidad (SRE)</translation>
    </message>
    <message>
        <source>Product manager</source>
        <translation>Product manager</translation>
    </message>
    <message>
        <source>Data scientist</source>
        <translation>Científico/a de datos</translation>
    </message>
    <message>
        <source>Technical writer</source>
        <translation>Redactor/a técnico/a</translation>
    </message>
    <message>
        <source>Mobile developer</source>
        <translation>Desarrollador/a móvil</translation>
    </message>
    <message>
        <source>Security engineer</source>
        <translation>Ingeniero/a de seguridad</translation>
    </message>
    <message>
        <source>Solutions architect</source>
        <translation>Arquitecto/a de soluciones</translation>
    </message>
    <message>
        <source>UX researcher</source>
        <translation>Investigador/a de UX</translation>
    </message>
    <message>
        <source>Platform engineer</source>
        <translation>Ingeniero/a de plataforma</translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation>Berlín</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Hamburg (hybrid)</source>
        <translation>Hamburgo (híbrido)</translation>
    </message>
    <message>
        <source>Munich</source>
        <translation>Múnich</translation>
    </message>
    <message>
        <source>Amsterdam</source>
        <translation>Ámsterdam</translation>
    </message>
    <message>
        <source>London</source>
        <translation>Londres</translation>
    </message>
    <message>
        <source>Vienna</source>
        <translation>Viena</translation>
    </message>
    <message>
        <source>Zurich</source>
        <translation>Zúrich</translation>
    </message>
    <message>
        <source>Remote (EU)</source>
        <translation>Remoto (UE)</translation>
    </message>
    <message>
        <source>Cologne</source>
        <translation>Colonia</translation>
    </message>
    <message>
        <source>Leipzig</source>
        <translation>Leipzig</translation>
    </message>
    <message>
        <source>Copenhagen</source>
        <translation>Copenhague</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>Web de la empresa</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Reclutador</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Portal de empleo</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <source>Head of product</source>
        <translation>Responsable de producto</translation>
    </message>
    <message>
        <source>Senior engineer</source>
        <translation>Ingeniero/a sénior</translation>
    </message>
    <message>
        <source>HR business partner</source>
        <translation>HR business partner</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>CTO</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Líder de equipo</translation>
    </message>
    <message>
        <source>Ownership and clear communication.</source>
        <translation>Responsabilidad y comunicación clara.</translation>
    </message>
    <message>
        <source>How you handle disagreement in reviews.</source>
        <translation>Cómo gestiona los desacuerdos en las revisiones.</translation>
    </message>
    <message>
        <source>Depth in one area, curiosity for the rest.</source>
        <translation>Profundidad en un área y curiosidad por el resto.</translation>
    </message>
    <message>
        <source>Salary expectations and notice period.</source>
        <translation>Expectativas salariales y plazo de preaviso.</translation>
    </message>
    <message>
        <source>Whether you can mentor juniors.</source>
        <translation>Si puede orientar a perfiles júnior.</translation>
    </message>
    <message>
        <source>Delivery under changing priorities.</source>
        <translation>Cumplir aunque cambien las prioridades.</translation>
    </message>
    <message>
        <source>Team of six, product-led.</source>
        <translation>Equipo de seis personas, orientado a producto.</translation>
    </message>
    <message>
        <source>Recruiter mentioned a take-home task.</source>
        <translation>El reclutador mencionó una prueba para hacer en casa.</translation>
    </message>
    <message>
        <source>Strong mentoring culture, ask about the on-call rota.</source>
        <translation>Sólida cultura de mentoría; preguntar por el turno de guardias.</translation>
    </message>
    <message>
        <source>Salary band published in the ad.</source>
        <translation>Banda salarial publicada en el anuncio.</translation>
    </message>
    <message>
        <source>Met the lead at a conference.</source>
        <translation>Conocí al responsable en una conferencia.</translation>
    </message>
    <message>
        <source>Follow up about the visa question.</source>
        <translation>Hacer seguimiento de la cuestión del visado.</translation>
    </message>
</context>
<context>
    <name>SingleLineValidator</name>
    <message>
        <source>Line breaks and invisible control characters (such as text direction overrides) were removed; this field holds one line of visible text.</source>
        <translation>Se quitaron los saltos de línea y los caracteres de control invisibles (como los que cambian la dirección del texto); este campo admite una sola línea de texto visible.</translation>
    </message>
</context>
<context>
    <name>SpeakingTime</name>
    <message numerus="yes">
        <source>%n word(s), about %1 to say</source>
        <translation>
            <numerusform>%n palabra, unos %1 de exposición</numerusform>
            <numerusform>%n palabras, unos %1 de exposición</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Aún no hay respuesta.</translation>
    </message>
    <message>
        <source>short: a full answer takes 1:30 to 3:00</source>
        <translation>corta: una respuesta completa dura de 1:30 a 3:00</translation>
    </message>
    <message>
        <source>too long: aim for at most 3:00</source>
        <translation>demasiado larga: intente no pasar de 3:00</translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <source>Import app&amp;lications…</source>
        <translation>I&amp;mportar candidaturas…</translation>
    </message>
    <message>
        <source>E&amp;xport applications…</source>
        <translation>Exp&amp;ortar candidaturas…</translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo exportadas (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importar candidaturas</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be imported into it.</source>
        <translation>Este archivo está abierto en modo de solo lectura, así que no se puede importar nada en él.</translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n añadida, </numerusform>
            <numerusform>%n añadidas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n ya existía</numerusform>
            <numerusform>%n ya existían</numerusform>
        </translation>
    </message>
    <message>
        <source>Export applications</source>
        <translation>Exportar candidaturas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n application(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n candidatura a %1</numerusform>
            <numerusform>Se exportaron %n candidaturas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadsheetField</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Date applied</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>Salary from</source>
        <translation>Salario desde</translation>
    </message>
    <message>
        <source>Salary to</source>
        <translation>Salario hasta</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Job link</source>
        <translation>Enlace a la oferta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a spreadsheet file.</source>
        <translation>«%1» es una carpeta, no un archivo de hoja de cálculo.</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MiB; nothing was imported.</source>
        <translation>«%1» ocupa más de 20 MiB; no se importó nada.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>The file is larger than 20 MiB; nothing was imported.</source>
        <translation>El archivo ocupa más de 20 MiB; no se importó nada.</translation>
    </message>
    <message>
        <source>This is not a text file. Save the spreadsheet as CSV (or as Unicode text) and import that.</source>
        <translation>No es un archivo de texto. Guarde la hoja de cálculo como CSV (o como texto Unicode) e importe ese archivo.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a line of column headings and at least one application.</source>
        <translation>El archivo está vacío: necesita una línea de encabezados de columna y al menos una candidatura.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns; this does not look like a list of applications.</source>
        <translation>Línea %1: más de %2 columnas; esto no parece una lista de candidaturas.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a value in a column without a heading. Give the column a heading or remove the value.</source>
        <translation>Línea %1, columna %2: hay un valor en una columna sin encabezado. Ponga un encabezado a la columna o quite el valor.</translation>
    </message>
    <message>
        <source>The file has column headings but no applications.</source>
        <translation>El archivo tiene encabezados de columna, pero ninguna candidatura.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>columna %1 (%2)</translation>
    </message>
    <message>
        <source>Line %1, %2: </source>
        <translation>Línea %1, %2: </translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>Another program is using the file right now. Close it and try again.</source>
        <translation>Otro programa está usando el archivo en este momento. Ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file is read-only, so nothing can be changed.</source>
        <translation>El archivo es de solo lectura, así que no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>El disco está lleno. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file is damaged. Open a backup copy instead.</source>
        <translation>El archivo está dañado. Abra en su lugar una copia de seguridad.</translation>
    </message>
    <message>
        <source>The file could not be read or written. Check that the disk is still there.</source>
        <translation>No se pudo leer ni escribir el archivo. Compruebe que el disco sigue disponible.</translation>
    </message>
    <message>
        <source>An entry with the same name already exists.</source>
        <translation>Ya existe una entrada con el mismo nombre.</translation>
    </message>
    <message>
        <source>The change would leave the data inconsistent, so it was not saved.</source>
        <translation>El cambio dejaría los datos en un estado incoherente, así que no se guardó.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 %2 (Details: %3)</source>
        <translation>%1 %2 (Detalles: %3)</translation>
    </message>
</context>
<context>
    <name>SqlListModel</name>
    <message>
        <source>The list could not be read.</source>
        <translation>No se pudo leer la lista.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Stage actions</source>
        <translation>Acciones de la etapa</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) in this stage</source>
        <translation>
            <numerusform>%n candidatura en esta etapa</numerusform>
            <numerusform>%n candidaturas en esta etapa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageCommands</name>
    <message>
        <source>Add stage “%1”</source>
        <translation>Añadir la etapa «%1»</translation>
    </message>
    <message>
        <source>Rename stage “%1” to “%2”</source>
        <translation>Renombrar la etapa «%1» como «%2»</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Reordenar etapas</translation>
    </message>
    <message>
        <source>Remove stage “%1”</source>
        <translation>Quitar la etapa «%1»</translation>
    </message>
</context>
<context>
    <name>StageTimelineWidget</name>
    <message>
        <source>No stage changes recorded.</source>
        <translation>No hay cambios de etapa registrados.</translation>
    </message>
    <message>
        <source>Added to %1</source>
        <translation>Añadida a «%1»</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>moved from one stage to another</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>date and time, then the stage change</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>StartFile</name>
    <message>
        <source>The folder “%1” does not exist, so “%2” was neither opened nor created. Check the path given with --database.</source>
        <translation>La carpeta «%1» no existe, así que «%2» no se abrió ni se creó. Compruebe la ruta indicada con --database.</translation>
    </message>
    <message>
        <source>Locate it…</source>
        <translation>Buscarlo…</translation>
    </message>
    <message>
        <source>Create a new, empty file there</source>
        <translation>Crear ahí un archivo nuevo y vacío</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Archivo no encontrado</translation>
    </message>
    <message>
        <source>The file you used last, “%1”, is no longer there: it was moved, renamed or deleted. What would you like to do?</source>
        <translation>El último archivo que usó, «%1», ya no está: se movió, se renombró o se eliminó. ¿Qué desea hacer?</translation>
    </message>
    <message>
        <source>SecondRound files (*.sqlite *.db);;All files (*)</source>
        <translation>Archivos de SecondRound (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Locate “%1”</source>
        <translation>Buscar «%1»</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Response rate by source</source>
        <translation>Tasa de respuesta por origen</translation>
    </message>
    <message>
        <source>Median days in each stage</source>
        <translation>Mediana de días en cada etapa</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Sin actividad</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n candidatura</numerusform>
            <numerusform>%n candidaturas</numerusform>
        </translation>
    </message>
    <message>
        <source>No open stages.</source>
        <translation>No hay etapas abiertas.</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>Sin origen indicado</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>No applications sent yet.</source>
        <translation>Aún no se ha enviado ninguna candidatura.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n stay(s))</source>
        <translation>
            <numerusform>%1 (%n estancia)</numerusform>
            <numerusform>%1 (%n estancias)</numerusform>
        </translation>
    </message>
    <message>
        <source>no card has left it yet</source>
        <translation>ninguna salida aún</translation>
    </message>
    <message>
        <source>No open applications on the board.</source>
        <translation>No hay candidaturas abiertas en el tablero.</translation>
    </message>
    <message>
        <source>Applications that reached each stage (or a later one), and the share that went on to the next.</source>
        <translation>Candidaturas que llegaron a cada etapa (o a una posterior) y la proporción que pasó a la siguiente.</translation>
    </message>
    <message>
        <source>Sent applications that got an answer: moved on, an interview, or a rejection.</source>
        <translation>Candidaturas enviadas que obtuvieron respuesta: avanzaron, consiguieron una entrevista o fueron rechazadas.</translation>
    </message>
    <message>
        <source>From entering a stage to leaving it, over the cards that left.</source>
        <translation>Desde que entran en una etapa hasta que salen, sobre las tarjetas que ya salieron.</translation>
    </message>
    <message numerus="yes">
        <source>Open applications on the board with nothing scheduled and no change for %n day(s), as the board&apos;s badge.</source>
        <translation>
            <numerusform>Candidaturas abiertas en el tablero sin nada programado ni cambios desde hace %n día, como la insignia del tablero.</numerusform>
            <numerusform>Candidaturas abiertas en el tablero sin nada programado ni cambios desde hace %n días, como la insignia del tablero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications and interviews per week</source>
        <translation>Candidaturas y entrevistas por semana</translation>
    </message>
    <message>
        <source>The last 12 weeks; applications by the date applied, interviews by their date.</source>
        <translation>Las últimas 12 semanas; candidaturas por fecha de envío, entrevistas por su fecha.</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>&amp;Guardar como PNG…</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Save statistics as PNG</source>
        <translation>Guardar estadísticas como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Guardar como PNG</translation>
    </message>
    <message>
        <source>%1 (%2 went on)</source>
        <translation>%1 (%2 avanzan)</translation>
    </message>
    <message>
        <source>, %1 went on to the next stage</source>
        <translation>, el %1 pasó a la etapa siguiente</translation>
    </message>
    <message numerus="yes">
        <source>%1 answered, %2 of %n application(s)</source>
        <translation>
            <numerusform>%1 con respuesta, %2 de %n candidatura</numerusform>
            <numerusform>%1 con respuesta, %2 de %n candidaturas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open application(s) (%2)</source>
        <translation>
            <numerusform>%1 de %n candidatura abierta (%2)</numerusform>
            <numerusform>%1 de %n candidaturas abiertas (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsStore</name>
    <message>
        <source>The statistics could not be read.</source>
        <translation>No se pudieron leer las estadísticas.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo ha fallado.</translation>
    </message>
</context>
<context>
    <name>StoryDialog</name>
    <message>
        <source>Where and when; what was at stake.</source>
        <translation>Dónde y cuándo; qué estaba en juego.</translation>
    </message>
    <message>
        <source>What you had to achieve.</source>
        <translation>Lo que tenía que conseguir.</translation>
    </message>
    <message>
        <source>What you did, step by step: “I”, not “we”.</source>
        <translation>Lo que hizo, paso a paso: «yo», no «nosotros».</translation>
    </message>
    <message>
        <source>What came of it.</source>
        <translation>Qué se consiguió.</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Nueva historia</translation>
    </message>
    <message>
        <source>Edit story</source>
        <translation>Editar historia</translation>
    </message>
    <message>
        <source>A number if you have one: “cut waiting time by 40 %”</source>
        <translation>Una cifra, si la tiene: «reduje el tiempo de espera un 40 %»</translation>
    </message>
    <message>
        <source>Separate skills with ;</source>
        <translation>Separe las habilidades con ;</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situación:</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>T&amp;area:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;cción:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Measurable result:</source>
        <translation>Resultado &amp;medible:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Habilidades:</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>After a first interview</source>
        <translation>Tras una primera entrevista</translation>
    </message>
    <message>
        <source>After a second or later round</source>
        <translation>Tras una segunda ronda o posterior</translation>
    </message>
    <message>
        <source>After a panel interview</source>
        <translation>Tras una entrevista con varias personas</translation>
    </message>
    <message>
        <source>After a final round</source>
        <translation>Tras la ronda final</translation>
    </message>
    <message>
        <source>Follow-up after a week</source>
        <translation>Seguimiento tras una semana</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Guardar plantilla</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nueva plantilla</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Eliminar plantilla</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Plantillas de cartas</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Gaps filled in for each person: %1. {round} reads “second interview” (German: “zweite Gespräch”, so write “das {round}”). What stays unfilled is pointed out before a letter is sent.</source>
        <translation>Huecos que se rellenan para cada persona: %1. En español, {round} se convierte en «segunda entrevista», por eso se escribe «la {round}» (en inglés, «second interview»; en alemán, «zweite Gespräch»). Lo que quede sin rellenar se señala antes de enviar una carta.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Ocasión:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit letter template</source>
        <translation>Editar plantilla de carta</translation>
    </message>
    <message>
        <source>Saved. These are not gaps the app fills in and stay as written: %1</source>
        <translation>Guardada. Estos no son huecos que rellene la aplicación y se quedan tal cual: %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Thank you for the {round}</source>
        <translation>Gracias por la {round}</translation>
    </message>
    <message>
        <source>Dear {first_name},



Best regards,
{my_name}</source>
        <translation>Hola, {first_name}:



Un saludo cordial,
{my_name}</translation>
    </message>
    <message>
        <source>New letter template</source>
        <translation>Nueva plantilla de carta</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Letters written from it keep their text.</source>
        <translation>¿Eliminar la plantilla «%1»? Las cartas escritas con ella conservan su texto.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete letter template</source>
        <translation>Eliminar plantilla de carta</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start saving.</source>
        <translation>No se pudo empezar a guardar.</translation>
    </message>
    <message>
        <source>Could not save the change.</source>
        <translation>No se pudo guardar el cambio.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
</context>
<context>
    <name>UnarchiveCommand</name>
    <message numerus="yes">
        <source>Put back %n application(s)</source>
        <translation>
            <numerusform>Devolver %n candidatura al tablero</numerusform>
            <numerusform>Devolver %n candidaturas al tablero</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingRoundsModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>When an upcoming round starts: &quot;Tue 24 Nov, 14:00&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>An upcoming round: when, then company, role and round number</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dentro de %n día</numerusform>
            <numerusform>Dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 at %3</source>
        <translation>%1
%2 en %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>An upcoming round, then its checklist progress (&quot;Prep 5/9&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>VanishedFileGuard</name>
    <message>
        <source>File moved or deleted</source>
        <translation>Archivo movido o eliminado</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted while it was open. Nothing more can be saved to it, but everything that is open is still here.

Save it to a new file now?</source>
        <translation>«%1» se movió o se eliminó mientras estaba abierto. Ya no se puede guardar nada en él, pero todo lo que estaba abierto sigue aquí.

¿Guardarlo ahora en un archivo nuevo?</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save everything to a new file</source>
        <translation>Guardar todo en un archivo nuevo</translation>
    </message>
    <message>
        <source>SecondRound files (*.sqlite)</source>
        <translation>Archivos de SecondRound (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Applications and interviews per week</source>
        <translation>Candidaturas y entrevistas por semana</translation>
    </message>
    <message>
        <source>Week of %1: %2, %3</source>
        <translation>Semana del %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n candidatura</numerusform>
            <numerusform>%n candidaturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n entrevista</numerusform>
            <numerusform>%n entrevistas</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Weeks, starting on Monday</source>
        <translation>Semanas, empezando el lunes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Organise your job search and prepare for every interview round.</source>
        <translation>Organice su búsqueda de empleo y prepárese para cada ronda de entrevistas.</translation>
    </message>
    <message>
        <source>Open the SecondRound file at &lt;path&gt; (created if missing).</source>
        <translation>Abrir el archivo de SecondRound en &lt;ruta&gt; (se crea si no existe).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Fill an empty file with invented sample applications.</source>
        <translation>Llenar un archivo vacío con candidaturas de ejemplo inventadas.</translation>
    </message>
    <message>
        <source>Check the file&apos;s schema and integrity without opening a window, then exit.</source>
        <translation>Comprobar el esquema y la integridad del archivo sin abrir ninguna ventana y salir.</translation>
    </message>
    <message>
        <source>Write every scheduled interview round still ahead to the iCalendar file &lt;file&gt; without opening a window, then exit. The SecondRound file must exist.</source>
        <translation>Escribir todas las rondas de entrevistas programadas que aún no han tenido lugar en el archivo iCalendar &lt;archivo&gt; sin abrir ninguna ventana y salir. El archivo de SecondRound debe existir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Add every event of the iCalendar file &lt;file&gt; as an interview round of the application given with --application, with its organizer and attendees as people, without opening a window, then exit. Nothing is added if any event cannot be.</source>
        <translation>Añadir cada evento del archivo iCalendar &lt;archivo&gt; como ronda de entrevistas de la candidatura indicada con --application, con su organizador y asistentes como personas, sin abrir ninguna ventana y salir. No se añade nada si algún evento no se puede añadir.</translation>
    </message>
    <message>
        <source>The number (id) of the application --import-ics adds the rounds to.</source>
        <translation>El número (id) de la candidatura a la que --import-ics añade las rondas.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Add the questions of the CSV file &lt;file&gt; (header question,category,answer,tags) to the question bank without opening a window, then exit. Questions already in the bank are skipped; nothing is added if the file has an error.</source>
        <translation>Añadir las preguntas del archivo CSV &lt;archivo&gt; (cabecera question,category,answer,tags) al banco de preguntas sin abrir ninguna ventana y salir. Las preguntas que ya están en el banco se omiten; si el archivo tiene algún error, no se añade nada.</translation>
    </message>
    <message>
        <source>Write the question bank to the CSV file &lt;file&gt; without opening a window, then exit.</source>
        <translation>Escribir el banco de preguntas en el archivo CSV &lt;archivo&gt; sin abrir ninguna ventana y salir.</translation>
    </message>
    <message>
        <source>Write the thank-you letters of the interview round &lt;id&gt; as .eml files, one for each person listed, into the folder given with --output-dir, without opening a window, then exit. Drafts are proposed first for anyone who has none. Nothing is written if any letter cannot be.</source>
        <translation>Escribir las cartas de agradecimiento de la ronda de entrevistas &lt;id&gt; como archivos .eml, uno por cada persona registrada, en la carpeta indicada con --output-dir, sin abrir ninguna ventana y salir. Antes se propone un borrador para quien no lo tenga. No se escribe nada si alguna carta no se puede escribir.</translation>
    </message>
    <message>
        <source>The folder --draft-letters writes into.</source>
        <translation>La carpeta en la que escribe --draft-letters.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Write the printable prep sheet of interview round &lt;round&gt; (its number, or &quot;next&quot; for the next one ahead) to the PDF file given with --output, without opening a window, then exit.</source>
        <translation>Escribir la hoja de preparación imprimible de la ronda de entrevistas &lt;ronda&gt; (su número, o &quot;next&quot; para la siguiente) en el archivo PDF indicado con --output, sin abrir ninguna ventana y salir.</translation>
    </message>
    <message>
        <source>round</source>
        <translation>ronda</translation>
    </message>
    <message>
        <source>The PDF file --prep-sheet writes.</source>
        <translation>El archivo PDF que escribe --prep-sheet.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Add the applications of the spreadsheet file &lt;file&gt; (CSV: comma, semicolon or tab separated) without opening a window, then exit. Columns are matched by their headings; those already there (same company and role) are skipped; nothing is added if a row cannot be read.</source>
        <translation>Añadir las candidaturas del archivo de hoja de cálculo &lt;archivo&gt; (CSV separado por comas, puntos y comas o tabuladores) sin abrir ninguna ventana y salir. Las columnas se identifican por sus encabezados; las candidaturas que ya existen (misma empresa y puesto) se omiten; si alguna fila no se puede leer, no se añade nada.</translation>
    </message>
    <message>
        <source>With --import-applications: which column holds which field, over the guess from the headings, e.g. &quot;Firma=company,Stelle=role&quot;. Fields: company, role, stage, applied_on, location, salary, salary_min, salary_max, currency, source, job_url, notes, ignore.</source>
        <translation>Con --import-applications: qué columna contiene qué campo, en lugar de lo que se deduce de los encabezados, p. ej. &quot;Empresa=company,Puesto=role&quot;. Campos: company, role, stage, applied_on, location, salary, salary_min, salary_max, currency, source, job_url, notes, ignore.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>asignación</translation>
    </message>
    <message>
        <source>Write every application to the CSV file &lt;file&gt; (UTF-8, comma separated, ISO dates) without opening a window, then exit.</source>
        <translation>Escribir todas las candidaturas en el archivo CSV &lt;archivo&gt; (UTF-8, separado por comas, fechas ISO) sin abrir ninguna ventana y salir.</translation>
    </message>
    <message>
        <source>iCalendar files (.ics) to import as interview rounds; a window that already has the file open imports them.</source>
        <translation>Archivos iCalendar (.ics) que importar como rondas de entrevistas; si una ventana ya tiene abierto el archivo, es ella la que los importa.</translation>
    </message>
    <message>
        <source>[invitation.ics...]</source>
        <translation>[invitación.ics...]</translation>
    </message>
</context>
</TS>
