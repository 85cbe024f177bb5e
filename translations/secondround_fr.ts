<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddApplicationCommand</name>
    <message>
        <source>Add application “%1”</source>
        <translation>Ajouter la candidature «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Not keen</source>
        <translation>Peu tentant</translation>
    </message>
    <message>
        <source>Lukewarm</source>
        <translation>Mitigé</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Intéressant</translation>
    </message>
    <message>
        <source>Keen</source>
        <translation>Très tentant</translation>
    </message>
    <message>
        <source>Dream job</source>
        <translation>Poste de rêve</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Description and notes</source>
        <translation>Description et notes</translation>
    </message>
    <message>
        <source>Stage timeline</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>City, country or remote</source>
        <translation>Ville, pays ou télétravail</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>Site de l’entreprise</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Site d’emploi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Where you found it</source>
        <translation>Où vous avez trouvé l’offre</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>Date de &amp;candidature&#xa0;:</translation>
    </message>
    <message>
        <source>Leave unticked if you have not applied yet.</source>
        <translation>Laissez décoché si vous n’avez pas encore postulé.</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Date limite&#xa0;:</translation>
    </message>
    <message>
        <source>Tick if the posting closes on a known date.</source>
        <translation>Cochez si l’offre se termine à une date connue.</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Poste&#xa0;:</translation>
    </message>
    <message>
        <source>Job &amp;link:</source>
        <translation>&amp;Lien de l’offre&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>Lie&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Sourc&amp;e:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minimum salary:</source>
        <translation>Salaire &amp;minimum&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum salary:</source>
        <translation>Salaire ma&amp;ximum&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>Exci&amp;tement:</source>
        <translation>&amp;Intérêt&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the posting here: it may be gone by the time of the interview.</source>
        <translation>Collez l’offre ici&#xa0;: elle aura peut-être disparu le jour de l’entretien.</translation>
    </message>
    <message>
        <source>Job descri&amp;ption:</source>
        <translation>Descri&amp;ption du poste&#xa0;:</translation>
    </message>
    <message>
        <source>Anything worth remembering: contacts, impressions, what to ask next time.</source>
        <translation>Tout ce qui mérite d’être retenu&#xa0;: contacts, impressions, questions à poser la prochaine fois.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;History of stage changes, oldest first:</source>
        <translation>&amp;Historique des changements d’étape, du plus ancien au plus récent&#xa0;:</translation>
    </message>
    <message>
        <source>Excitement</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>How much you want this job, from 1 to 5. Use the arrow keys or the digits 1–5.</source>
        <translation>À quel point vous voulez ce poste, de 1 à 5. Utilisez les flèches ou les chiffres 1 à 5.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n’est ouvert.</translation>
    </message>
    <message>
        <source>Edit application — %1</source>
        <translation>Modifier la candidature — %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Your tar&amp;get:</source>
        <translation>Votre ob&amp;jectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Walk-away:</source>
        <translation>Minimum accepta&amp;ble&#xa0;:</translation>
    </message>
    <message>
        <source>Your figures &amp;in:</source>
        <translation>V&amp;os montants en&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ApplicationExport</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written completely: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit entièrement&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ApplicationImport</name>
    <message>
        <source>“%1” in --map is not heading=field.</source>
        <translation>«&#xa0;%1&#xa0;» dans --map n’est pas de la forme titre=champ.</translation>
    </message>
    <message>
        <source>“%1” in --map is not a field; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» dans --map n’est pas un champ&#xa0;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file has no column “%1” (its headings: %2).</source>
        <translation>Le fichier n’a pas de colonne «&#xa0;%1&#xa0;» (ses titres&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The mapping does not match the file&apos;s columns.</source>
        <translation>La correspondance ne concorde pas avec les colonnes du fichier.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are set to “%3”; choose one of them.</source>
        <translation>%1 et %2 sont tous deux associés à «&#xa0;%3&#xa0;»&#xa0;; choisissez l’un des deux.</translation>
    </message>
    <message>
        <source>Choose the column that holds the company.</source>
        <translation>Choisissez la colonne qui contient l’entreprise.</translation>
    </message>
    <message>
        <source>Choose the column that holds the role.</source>
        <translation>Choisissez la colonne qui contient le poste.</translation>
    </message>
    <message>
        <source>Choose either one salary column or columns for the salary&apos;s range, not both.</source>
        <translation>Choisissez soit une seule colonne de salaire, soit des colonnes pour la fourchette de salaire, pas les deux.</translation>
    </message>
    <message>
        <source>“%1” is not a stage. Choose a stage for it, or rename it to one of the stages.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étape. Choisissez-lui une étape ou renommez-la en l’une des étapes.</translation>
    </message>
    <message>
        <source>the currency %1 differs from the salary&apos;s %2.</source>
        <translation>la devise %1 diffère de celle du salaire, %2.</translation>
    </message>
    <message>
        <source>the salary has no currency. Add a currency column, or write it like 70.000 € or 70000 EUR.</source>
        <translation>le salaire n’a pas de devise. Ajoutez une colonne de devise ou écrivez-le comme 70.000 € ou 70000 EUR.</translation>
    </message>
    <message>
        <source>Line %1: its stage no longer exists.</source>
        <translation>Ligne %1&#xa0;: son étape n’existe plus.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The imported applications could not be read.</source>
        <translation>Les candidatures importées n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Some of the imported applications are no longer there.</source>
        <translation>Certaines des candidatures importées n’existent plus.</translation>
    </message>
    <message>
        <source>The companies could not be read.</source>
        <translation>Les entreprises n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The imported applications could not be put back.</source>
        <translation>Les candidatures importées n’ont pas pu être rétablies.</translation>
    </message>
</context>
<context>
    <name>ApplicationRoundsDialog</name>
    <message>
        <source>Round</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Who will be there</source>
        <translation>Qui sera présent</translation>
    </message>
    <message>
        <source>Interview rounds</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>&amp;Rounds, in date order:</source>
        <translation>&amp;Entretiens, par date&#xa0;:</translation>
    </message>
    <message>
        <source>No rounds yet. Add one as soon as the company invites you.</source>
        <translation>Aucun entretien pour l’instant. Ajoutez-en un dès que l’entreprise vous invite.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Open person…</source>
        <translation>&amp;Ouvrir la personne…</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Supprimer l’entretien</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n’est ouvert.</translation>
    </message>
    <message>
        <source>Interview rounds — %1 at %2</source>
        <comment>role at company</comment>
        <translation>Entretiens — %1 chez %2</translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation>Modifier l’entretien</translation>
    </message>
    <message>
        <source>Delete %1 (%2, %3)? The people stay listed for the company. Edit &gt; Undo brings the round back.</source>
        <translation>Supprimer cet entretien&#xa0;: %1 (%2, %3)&#xa0;? Les personnes restent enregistrées pour l’entreprise. Édition &gt; Annuler rétablit l’entretien.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Open person…</source>
        <translation>Ouvrir la personne…</translation>
    </message>
    <message>
        <source>&amp;People: tick who attends the selected round</source>
        <translation>&amp;Personnes&#xa0;: cochez qui participe à l’entretien choisi</translation>
    </message>
</context>
<context>
    <name>ApplicationRoundsModel</name>
    <message>
        <source>The interview rounds could not be read.</source>
        <translation>Les entretiens n’ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>ApplicationRows</name>
    <message>
        <source>The applications could not be read.</source>
        <translation>Les candidatures n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>ApplicationValidator</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Saisissez le nom de l’entreprise.</translation>
    </message>
    <message>
        <source>The company name is too long (at most %1 characters).</source>
        <translation>Le nom de l’entreprise est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>Enter the role you applied for.</source>
        <translation>Saisissez le poste visé.</translation>
    </message>
    <message>
        <source>The role is too long (at most %1 characters).</source>
        <translation>Le poste est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>The location is too long (at most %1 characters).</source>
        <translation>Le lieu est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>The source is too long (at most %1 characters).</source>
        <translation>La source est trop longue (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; this field holds one line.</source>
        <translation>Supprimez les retours à la ligne et les caractères de contrôle invisibles&#xa0;; ce champ tient sur une seule ligne.</translation>
    </message>
    <message>
        <source>The job link must be a web address starting with http:// or https://.</source>
        <translation>Le lien de l’offre doit être une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>The minimum salary must be a positive amount.</source>
        <translation>Le salaire minimum doit être un montant positif.</translation>
    </message>
    <message>
        <source>The maximum salary must be a positive amount.</source>
        <translation>Le salaire maximum doit être un montant positif.</translation>
    </message>
    <message>
        <source>The maximum salary must not be lower than the minimum.</source>
        <translation>Le salaire maximum ne peut pas être inférieur au minimum.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR, USD or GBP.</source>
        <translation>Utilisez un code de devise de trois lettres, comme EUR, USD ou GBP.</translation>
    </message>
    <message>
        <source>Choose the currency of the salary.</source>
        <translation>Choisissez la devise du salaire.</translation>
    </message>
    <message>
        <source>The date applied cannot be in the future.</source>
        <translation>La date de candidature ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Rate your interest from 1 to 5.</source>
        <translation>Notez votre intérêt de 1 à 5.</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>&amp;Put back on the board</source>
        <translation>&amp;Remettre sur le tableau</translation>
    </message>
    <message>
        <source>Archived applications</source>
        <translation>Candidatures archivées</translation>
    </message>
    <message>
        <source>Archived applications are kept with their history but hidden from the board. Put one back and it returns to the top of its stage.</source>
        <translation>Les candidatures archivées sont conservées avec leur historique, mais masquées du tableau. Remise sur le tableau, une candidature revient en haut de son étape.</translation>
    </message>
</context>
<context>
    <name>ArchivedListModel</name>
    <message>
        <source>The archived applications could not be read.</source>
        <translation>Les candidatures archivées n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée le</translation>
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
            <numerusform>%n candidature</numerusform>
            <numerusform>%n candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n entretien</numerusform>
            <numerusform>%n entretiens</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sauve&amp;garder maintenant</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>La sauvegarde du jour n’a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups of “%1” yet. One is made each day the file is opened, and with File &gt; Back up now; they are kept in “%2”.</source>
        <translation>Il n’y a encore aucune sauvegarde de «&#xa0;%1&#xa0;». Une sauvegarde est faite chaque jour où le fichier est ouvert, et avec Fichier &gt; Sauvegarder maintenant&#xa0;; elles sont conservées dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — damaged, cannot be restored</source>
        <translation>%1 — endommagée, ne peut pas être restaurée</translation>
    </message>
    <message>
        <source> (taken before a restore)</source>
        <translation> (faite avant une restauration)</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first. The one you choose replaces what the file holds now.</source>
        <translation>Sauvegardes de «&#xa0;%1&#xa0;», de la plus récente à la plus ancienne. Celle que vous choisissez remplace le contenu actuel du fichier.</translation>
    </message>
    <message>
        <source>The backup of %1 cannot be restored, so nothing was changed.

%2</source>
        <translation>La sauvegarde du %1 ne peut pas être restaurée&#xa0;; rien n’a donc été modifié.

%2</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup of %2 (%3)?

What the file holds now is backed up first, so you can go back to it from the same list.</source>
        <translation>Remplacer tout le contenu de «&#xa0;%1&#xa0;» par la sauvegarde du %2 (%3)&#xa0;?

Le contenu actuel du fichier est d’abord sauvegardé&#xa0;: vous pourrez y revenir depuis la même liste.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Nothing was changed: the file could not be backed up before the restore.

%1</source>
        <translation>Rien n’a été modifié&#xa0;: le fichier n’a pas pu être sauvegardé avant la restauration.

%1</translation>
    </message>
    <message>
        <source>The backup could not be restored; the file is as it was.

%1</source>
        <translation>La sauvegarde n’a pas pu être restaurée&#xa0;; le fichier est resté tel quel.

%1</translation>
    </message>
    <message>
        <source>Restored the backup of %1. What the file held before is in %2</source>
        <translation>Sauvegarde du %1 restaurée. L’ancien contenu du fichier se trouve dans %2</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder “%1” could not be created. Check that its folder can be written to.</source>
        <translation>Le dossier de sauvegarde «&#xa0;%1&#xa0;» n’a pas pu être créé. Vérifiez que son dossier parent est accessible en écriture.</translation>
    </message>
    <message>
        <source>The backup could not be written to “%1”: %2</source>
        <translation>La sauvegarde n’a pas pu être écrite dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” holds no SecondRound data.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune donnée SecondRound.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be read: %2</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n’a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be replaced: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être remplacé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be replaced: %2 could not be removed.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être remplacé&#xa0;: %2 n’a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>BarListChart</name>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>à partir de %1 %2</translation>
    </message>
    <message>
        <source>up to %1 %2</source>
        <translation>jusqu’à %1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in %1</source>
        <translation>
            <numerusform>%n jour dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n jours dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n day(s)</source>
        <translation>
            <numerusform>Aucune activité depuis %n jour</numerusform>
            <numerusform>Aucune activité depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Application number %1</source>
        <translation>Candidature nº %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n day(s) in stage</source>
        <translation>
            <numerusform>%1, %2, %n jour dans l’étape</numerusform>
            <numerusform>%1, %2, %n jours dans l’étape</numerusform>
        </translation>
    </message>
    <message>
        <source>, next: %1</source>
        <translation>, prochain&#xa0;: %1</translation>
    </message>
    <message>
        <source>, no activity</source>
        <translation>, aucune activité</translation>
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
        <translation>Entretien %1 · %2</translation>
    </message>
    <message>
        <source>Next round: %1</source>
        <translation>Prochain entretien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Thank-you due</source>
        <translation>Remerciement à envoyer</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>, thank-you due</source>
        <translation>, remerciement à envoyer</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>&amp;Import invitation (.ics)…</source>
        <translation>&amp;Importer une invitation (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Export scheduled rounds (.ics)…</source>
        <translation>&amp;Exporter les entretiens prévus (.ics)…</translation>
    </message>
    <message>
        <source>&amp;New round on the selected day…</source>
        <translation>&amp;Nouvel entretien le jour sélectionné…</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutes avant</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minutes avant</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 heure avant</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>2 heures avant</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 jour avant</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>Import invitation</source>
        <translation>Importer une invitation</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be imported into it.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: rien ne peut y être importé.</translation>
    </message>
    <message>
        <source>Calen&amp;dar</source>
        <translation>Calend&amp;rier</translation>
    </message>
    <message>
        <source>Click to open its prep sheet.</source>
        <translation>Cliquez pour ouvrir sa fiche de préparation.</translation>
    </message>
    <message>
        <source>Open the prep sheet…</source>
        <translation>Ouvrir la fiche de préparation…</translation>
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
        <translation>Entretiens à venir</translation>
    </message>
    <message>
        <source>No interviews coming up</source>
        <translation>Aucun entretien à venir</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>List the rounds of the chosen day</source>
        <translation>Lister les entretiens du jour choisi</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>List the rounds of the week around the chosen day</source>
        <translation>Lister les entretiens de la semaine du jour choisi</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>&amp;New round on this day…</source>
        <translation>&amp;Nouvel entretien ce jour-là…</translation>
    </message>
    <message>
        <source>Schedule an interview round on the chosen day</source>
        <translation>Planifier un entretien le jour choisi</translation>
    </message>
    <message>
        <source>&amp;Open round…</source>
        <translation>&amp;Ouvrir l’entretien…</translation>
    </message>
    <message>
        <source>Go to &amp;today</source>
        <translation>Aller à au&amp;jourd’hui</translation>
    </message>
    <message>
        <source>No interviews on this day</source>
        <translation>Aucun entretien ce jour-là</translation>
    </message>
    <message>
        <source>No interviews this week</source>
        <translation>Aucun entretien cette semaine</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Last day of a week in the agenda heading (Qt date format)</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>First day of a week whose month differs from the last day&apos;s (Qt date format)</extracomment>
        <translation>d MMMM</translation>
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
            <numerusform>%n entretien</numerusform>
            <numerusform>%n entretiens</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Write the debrief</source>
        <translation>Rédiger le bilan</translation>
    </message>
    <message>
        <source>Round %1 at %2 has ended. Write it down while it is fresh: what they asked, your weak answers, their concerns.</source>
        <translation>L’entretien %1 chez %2 est terminé. Notez-le tant que c’est frais&#xa0;: les questions posées, vos réponses faibles, leurs réserves.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more round(s) without a debrief)</source>
        <translation>
            <numerusform>(%n autre entretien sans bilan)</numerusform>
            <numerusform>(%n autres entretiens sans bilan)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) here</source>
        <translation>
            <numerusform>%n jour ici</numerusform>
            <numerusform>%n jours ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Aucune activité</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>On a card: the next round, then its checklist progress (&quot;Round 2 · Tue 14:00 · Prep 5/9&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Thank-you due</source>
        <translation>Remerciement à envoyer</translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message>
        <source>Drop here</source>
        <translation>Déposer ici</translation>
    </message>
    <message>
        <source>No applications</source>
        <translation>Aucune candidature</translation>
    </message>
</context>
<context>
    <name>CascadeSnapshot</name>
    <message>
        <source>The rows that belong to it could not be read.</source>
        <translation>Les données qui en dépendent n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The rows that belong to it could not be put back.</source>
        <translation>Les données qui en dépendent n’ont pas pu être rétablies.</translation>
    </message>
    <message>
        <source>The file&apos;s structure could not be read.</source>
        <translation>La structure du fichier n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Check failed: %1</source>
        <translation>Échec de la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Schema %1 is older than this version&apos;s %2; SecondRound updates it, after taking a backup, when the file is opened for use.</source>
        <translation>Le schéma %1 est plus ancien que le schéma %2 de cette version&#xa0;; SecondRound le met à jour, après une copie de sauvegarde, lorsque le fichier est ouvert pour être utilisé.</translation>
    </message>
    <message>
        <source>Updated to the current schema; the old file was copied to %1</source>
        <translation>Mis à jour vers le schéma actuel&#xa0;; l’ancien fichier a été copié dans %1</translation>
    </message>
    <message>
        <source>Sample data not added: %1</source>
        <translation>Données d’exemple non ajoutées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample application(s).</source>
        <translation>
            <numerusform>%n candidature d’exemple ajoutée.</numerusform>
            <numerusform>%n candidatures d’exemple ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is healthy.</source>
        <translation>Le fichier est en bon état.</translation>
    </message>
    <message>
        <source>See --help for the options.</source>
        <translation>Voir --help pour les options.</translation>
    </message>
    <message>
        <source>Use either --export-ics or --import-ics, not both at once.</source>
        <translation>Utilisez --export-ics ou --import-ics, pas les deux à la fois.</translation>
    </message>
    <message>
        <source>--check and --sample-data cannot be combined with --export-ics or --import-ics.</source>
        <translation>--check et --sample-data ne peuvent pas être combinés avec --export-ics ou --import-ics.</translation>
    </message>
    <message>
        <source>--application only goes with --import-ics.</source>
        <translation>--application ne s’utilise qu’avec --import-ics.</translation>
    </message>
    <message>
        <source>--export-ics needs the name of the file to write.</source>
        <translation>--export-ics demande le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>--import-ics needs the name of the file to read.</source>
        <translation>--import-ics demande le nom du fichier à lire.</translation>
    </message>
    <message>
        <source>--import-ics needs --application ID, the application to add the rounds to.</source>
        <translation>--import-ics demande --application ID, la candidature à laquelle ajouter les entretiens.</translation>
    </message>
    <message>
        <source>--application needs the number of an application, such as 12; “%1” is not one.</source>
        <translation>--application demande le numéro d’une candidature, par exemple 12&#xa0;; «&#xa0;%1&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’exportation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n round(s) to %1</source>
        <translation>
            <numerusform>%n entretien exporté dans %1</numerusform>
            <numerusform>%n entretiens exportés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Échec de l’importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Round ?: %1</source>
        <translation>Entretien&#xa0;?&#xa0;: %1</translation>
    </message>
    <message>
        <source>Round %1: %2 (%3) %4</source>
        <translation>Entretien %1&#xa0;: %2 (%3) %4</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>--prep-sheet cannot be combined with --check, --sample-data or the calendar options.</source>
        <translation>--prep-sheet ne peut pas être combiné avec --check, --sample-data ou les options d’agenda.</translation>
    </message>
    <message>
        <source>--output only goes with --prep-sheet.</source>
        <translation>--output ne s’utilise qu’avec --prep-sheet.</translation>
    </message>
    <message>
        <source>--prep-sheet needs --output FILE.pdf, the file to write.</source>
        <translation>--prep-sheet demande --output FICHIER.pdf, le fichier à écrire.</translation>
    </message>
    <message>
        <source>--prep-sheet needs the number of a round, such as 12, or “next”; “%1” is not one.</source>
        <translation>--prep-sheet demande le numéro d’un entretien, par exemple 12, ou «&#xa0;next&#xa0;»&#xa0;; «&#xa0;%1&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <source>No prep sheet written: %1</source>
        <translation>Aucune fiche de préparation écrite&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the prep sheet for %1, %2, %3 (%n page(s)) to %4</source>
        <translation>
            <numerusform>Fiche de préparation pour %1, %2, %3 (%n page) écrite dans %4</numerusform>
            <numerusform>Fiche de préparation pour %1, %2, %3 (%n pages) écrite dans %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Use either --import-questions or --export-questions, not both at once.</source>
        <translation>Utilisez --import-questions ou --export-questions, pas les deux à la fois.</translation>
    </message>
    <message>
        <source>--import-questions and --export-questions cannot be combined with other jobs.</source>
        <translation>--import-questions et --export-questions ne peuvent pas être combinés avec d’autres tâches.</translation>
    </message>
    <message>
        <source>--import-questions needs the name of the file to read.</source>
        <translation>--import-questions demande le nom du fichier à lire.</translation>
    </message>
    <message>
        <source>--export-questions needs the name of the file to write.</source>
        <translation>--export-questions demande le nom du fichier à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n ajoutée, </numerusform>
            <numerusform>%n ajoutées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n déjà présente.</numerusform>
            <numerusform>%n déjà présentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to %1</source>
        <translation>
            <numerusform>%n question exportée dans %1</numerusform>
            <numerusform>%n questions exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--draft-letters cannot be combined with another job.</source>
        <translation>--draft-letters ne peut pas être combiné avec une autre tâche.</translation>
    </message>
    <message>
        <source>--output-dir only goes with --draft-letters.</source>
        <translation>--output-dir ne s’utilise qu’avec --draft-letters.</translation>
    </message>
    <message>
        <source>--draft-letters needs --output-dir FOLDER, where the letters are written.</source>
        <translation>--draft-letters demande --output-dir DOSSIER, où les lettres sont écrites.</translation>
    </message>
    <message>
        <source>--draft-letters needs the number of an interview round, such as 12; “%1” is not one.</source>
        <translation>--draft-letters demande le numéro d’un entretien, par exemple 12&#xa0;; «&#xa0;%1&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <source>No letters written: %1</source>
        <translation>Aucune lettre écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every letter of round %1 was discarded, so none was written.</source>
        <translation>Toutes les lettres de l’entretien %1 ont été écartées&#xa0;; aucune n’a donc été écrite.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s).</source>
        <translation>
            <numerusform>%n lettre écrite.</numerusform>
            <numerusform>%n lettres écrites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use either --import-applications or --export-applications, not both at once.</source>
        <translation>Utilisez --import-applications ou --export-applications, pas les deux à la fois.</translation>
    </message>
    <message>
        <source>--map goes with --import-applications.</source>
        <translation>--map s’utilise avec --import-applications.</translation>
    </message>
    <message>
        <source>--import-applications and --export-applications cannot be combined with other jobs.</source>
        <translation>--import-applications et --export-applications ne peuvent pas être combinés avec d’autres tâches.</translation>
    </message>
    <message>
        <source>--import-applications needs the name of the file to read.</source>
        <translation>--import-applications demande le nom du fichier à lire.</translation>
    </message>
    <message>
        <source>--export-applications needs the name of the file to write.</source>
        <translation>--export-applications demande le nom du fichier à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n application(s) to %1</source>
        <translation>
            <numerusform>%n candidature exportée dans %1</numerusform>
            <numerusform>%n candidatures exportées dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présente</numerusform>
            <numerusform>%n déjà présentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyPeopleModel</name>
    <message>
        <source>The company&apos;s people could not be read.</source>
        <translation>Les personnes de l’entreprise n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Ce qui lui importe</translation>
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
        <translation>Ligne %1&#xa0;: le guillemet de la colonne %2 doit être doublé et le champ placé entre guillemets.</translation>
    </message>
    <message>
        <source>Line %1: there is text after a closing quotation mark in column %2.</source>
        <translation>Ligne %1&#xa0;: du texte suit un guillemet fermant dans la colonne %2.</translation>
    </message>
    <message>
        <source>Line %1: a quotation mark opens a field in column %2 that is never closed.</source>
        <translation>Ligne %1&#xa0;: un guillemet ouvre dans la colonne %2 un champ qui n’est jamais fermé.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is already open in another SecondRound window. Close it there first, or open a different file.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans une autre fenêtre SecondRound. Fermez-le d’abord dans cette fenêtre ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full, so nothing can be written to it. Free some space and try again; the file was not changed.</source>
        <translation>Le disque qui contient «&#xa0;%1&#xa0;» est plein&#xa0;: rien ne peut y être écrit. Libérez de l’espace et réessayez&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Aucun nom de fichier n’a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a SecondRound file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier SecondRound.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check its permissions.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu. Vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes): it holds no SecondRound data. Nothing was written to it.</source>
        <translation>«&#xa0;%1&#xa0;» est vide (0 octet)&#xa0;: il ne contient aucune donnée SecondRound. Rien n’y a été écrit.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a SecondRound file: it is not an SQLite database. The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier SecondRound&#xa0;: ce n’est pas une base de données SQLite. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>The folder for “%1” could not be created.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be locked for writing. Check the folder&apos;s permissions.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être verrouillé en écriture. Vérifiez les droits d’accès du dossier.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2). The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu (%2). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be used (%2). The file was not changed; open a backup copy instead.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et inutilisable (%2). Le fichier n’a pas été modifié&#xa0;; ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a SecondRound file. The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est la base de données SQLite d’un autre programme, pas un fichier SecondRound. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of SecondRound (schema %2; this version knows up to %3). Update SecondRound to open it. The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de SecondRound (schéma %2&#xa0;; cette version connaît au plus le schéma %3). Mettez SecondRound à jour pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is read-only and needs an update to this version&apos;s format. Make it writable or save a copy of it first.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule et doit être mis à jour au format de cette version. Rendez-le modifiable ou enregistrez-en d’abord une copie.</translation>
    </message>
    <message>
        <source>A backup of “%1” could not be made before updating it, so it was left as it is: %2</source>
        <translation>Aucune copie de sauvegarde de «&#xa0;%1&#xa0;» n’a pu être faite avant sa mise à jour&#xa0;; il a donc été laissé tel quel&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be prepared for use.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être préparé pour l’utilisation.</translation>
    </message>
    <message>
        <source>The schema version could not be read: %1</source>
        <translation>La version du schéma n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>The schema could not be listed.</source>
        <translation>Le schéma n’a pas pu être listé.</translation>
    </message>
    <message>
        <source>The schema is incomplete; missing: %1</source>
        <translation>Le schéma est incomplet&#xa0;; manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema: %1 tables and indexes present</source>
        <translation>Schéma&#xa0;: %1 tables et index présents</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>La vérification d’intégrité n’a pas pu s’exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>The integrity check found damage: %1</source>
        <translation>La vérification d’intégrité a trouvé des dommages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Intégrité&#xa0;: OK</translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s) between records were found.</source>
        <translation>
            <numerusform>%n référence rompue entre enregistrements a été trouvée.</numerusform>
            <numerusform>%n références rompues entre enregistrements ont été trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>References: ok</source>
        <translation>Références&#xa0;: OK</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted while it was open, so nothing more is saved to it. Use File &gt; Save a copy as to keep everything that is open in a new file.</source>
        <translation>«&#xa0;%1&#xa0;» a été déplacé ou supprimé pendant qu’il était ouvert&#xa0;: plus rien n’y est enregistré. Utilisez Fichier &gt; Enregistrer une copie sous pour conserver tout ce qui est ouvert dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Choose a different file name for the copy.</source>
        <translation>Choisissez un autre nom de fichier pour la copie.</translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être remplacé.</translation>
    </message>
    <message>
        <source>The copy failed.</source>
        <translation>La copie a échoué.</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed. Save a copy to make changes.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: rien ne peut être modifié. Enregistrez une copie pour faire des modifications.</translation>
    </message>
</context>
<context>
    <name>DateReading</name>
    <message>
        <source>“%1” is not a date; write it as 2024-03-05, 05.03.2024 or 05/03/2024.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; écrivez-la sous la forme 2024-03-05, 05.03.2024 ou 05/03/2024.</translation>
    </message>
    <message>
        <source>“%1” is not a day in the calendar.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un jour du calendrier.</translation>
    </message>
</context>
<context>
    <name>DefaultStages</name>
    <message>
        <source>Saved</source>
        <translation>Repérée</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Final round</source>
        <translation>Dernier entretien</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sans réponse</translation>
    </message>
</context>
<context>
    <name>EditApplicationCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message>
        <source>Import from calendar</source>
        <translation>Importer depuis un agenda</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exporter vers un agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.icalendar *.ifb);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics *.ical *.icalendar *.ifb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” was not imported; nothing was changed.

%2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé&#xa0;; rien n’a été modifié.

%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n round(s) into %1.</source>
        <translation>
            <numerusform>%n entretien importé dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n entretiens importés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the company.</source>
        <translation>
            <numerusform>%n personne ajoutée à l’entreprise.</numerusform>
            <numerusform>%n personnes ajoutées à l’entreprise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n round(s) to %1.</source>
        <translation>
            <numerusform>%n entretien exporté dans %1.</numerusform>
            <numerusform>%n entretiens exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the file with your calendar program to add them. Exporting and opening again later updates the same events instead of adding them twice.</source>
        <translation>Ouvrez le fichier avec votre logiciel d’agenda pour les ajouter. Si vous exportez et ouvrez à nouveau le fichier plus tard, les mêmes événements sont mis à jour au lieu d’être ajoutés en double.</translation>
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
        <translation>Aucune heure valide</translation>
    </message>
    <message>
        <source>%1, whole day</source>
        <translation>%1, toute la journée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Import interview rounds</source>
        <translation>Importer des entretiens</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Poste&#xa0;:</translation>
    </message>
    <message>
        <source>Add the organizer and attendees as &amp;people</source>
        <translation>Ajouter l’organisateur et les participants comme perso&amp;nnes</translation>
    </message>
    <message>
        <source>People already known at the company (same email address) are reused, not added twice.</source>
        <translation>Les personnes déjà connues dans l’entreprise (même adresse e-mail) sont réutilisées, pas ajoutées en double.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Candidature&#xa0;:</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>Nouvelle candidature…</translation>
    </message>
    <message>
        <source>Events in “%1”:</source>
        <translation>Événements de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meeting link: %1</source>
        <translation>Lien de la réunion&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Check at least one event to import.</source>
        <translation>Cochez au moins un événement à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be added</source>
        <translation>
            <numerusform>%n personne sera ajoutée</numerusform>
            <numerusform>%n personnes seront ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n already known at the company.</source>
        <translation>
            <numerusform>%1&#xa0;; %n déjà connue dans l’entreprise.</numerusform>
            <numerusform>%1&#xa0;; %n déjà connues dans l’entreprise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid calendar line, because it has no colon.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une ligne d’agenda valide, car elle ne contient pas de deux-points.</translation>
    </message>
    <message>
        <source>Line %1: the line &quot;%2&quot; does not start with a property name.</source>
        <translation>Ligne %1&#xa0;: la ligne «&#xa0;%2&#xa0;» ne commence pas par un nom de propriété.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; does not start with a valid property name.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» ne commence pas par un nom de propriété valide.</translation>
    </message>
    <message>
        <source>Line %1: a quoted value in &quot;%2&quot; is never closed.</source>
        <translation>Ligne %1&#xa0;: une valeur entre guillemets dans «&#xa0;%2&#xa0;» n’est jamais fermée.</translation>
    </message>
    <message>
        <source>Line %1: the parameters in &quot;%2&quot; are malformed.</source>
        <translation>Ligne %1&#xa0;: les paramètres de «&#xa0;%2&#xa0;» sont mal formés.</translation>
    </message>
    <message>
        <source>Line %1: the file contains binary data where calendar text was expected.</source>
        <translation>Ligne %1&#xa0;: le fichier contient des données binaires là où du texte d’agenda était attendu.</translation>
    </message>
    <message>
        <source>Line %1: there is text after the end of the calendar (END:VCALENDAR).</source>
        <translation>Ligne %1&#xa0;: du texte suit la fin de l’agenda (END:VCALENDAR).</translation>
    </message>
    <message>
        <source>Line %1: %2 must be followed by the name of a section, as in BEGIN:VEVENT.</source>
        <translation>Ligne %1&#xa0;: %2 doit être suivi du nom d’une section, comme dans BEGIN:VEVENT.</translation>
    </message>
    <message>
        <source>Line %1: BEGIN:%2 appears after the end of the calendar (END:VCALENDAR).</source>
        <translation>Ligne %1&#xa0;: BEGIN:%2 apparaît après la fin de l’agenda (END:VCALENDAR).</translation>
    </message>
    <message>
        <source>Line %1: BEGIN:%2 nests sections more than %3 deep; real invitations never do, so the file is refused.</source>
        <translation>Ligne %1&#xa0;: BEGIN:%2 imbrique des sections sur plus de %3 niveaux&#xa0;; une vraie invitation ne le fait jamais, le fichier est donc refusé.</translation>
    </message>
    <message>
        <source>Line %1: END:%2 has no matching BEGIN:%2.</source>
        <translation>Ligne %1&#xa0;: END:%2 n’a pas de BEGIN:%2 correspondant.</translation>
    </message>
    <message>
        <source>Line %1: END:%2 does not match BEGIN:%3 on line %4; END:%3 was expected.</source>
        <translation>Ligne %1&#xa0;: END:%2 ne correspond pas à BEGIN:%3 de la ligne %4&#xa0;; END:%3 était attendu.</translation>
    </message>
    <message>
        <source>Line %1: the file ends without END:%2 for the BEGIN:%2 on line %3. The file is probably incomplete.</source>
        <translation>Ligne %1&#xa0;: le fichier se termine sans END:%2 pour le BEGIN:%2 de la ligne %3. Le fichier est probablement incomplet.</translation>
    </message>
    <message>
        <source>Line %1: the start date &quot;%2&quot; is not in the iCalendar date format (for example 20260310T140000).</source>
        <translation>Ligne %1&#xa0;: la date de début «&#xa0;%2&#xa0;» n’est pas au format de date iCalendar (par exemple 20260310T140000).</translation>
    </message>
    <message>
        <source>Line %1: the end date &quot;%2&quot; is not in the iCalendar date format (for example 20260310T140000).</source>
        <translation>Ligne %1&#xa0;: la date de fin «&#xa0;%2&#xa0;» n’est pas au format de date iCalendar (par exemple 20260310T140000).</translation>
    </message>
    <message>
        <source>Line %1: the date &quot;%2&quot; in %3 is not in the iCalendar date format (for example 20260310T140000).</source>
        <translation>Ligne %1&#xa0;: la date «&#xa0;%2&#xa0;» dans %3 n’est pas au format de date iCalendar (par exemple 20260310T140000).</translation>
    </message>
    <message>
        <source>Line %1: the start date &quot;%2&quot; is not a real date.</source>
        <translation>Ligne %1&#xa0;: la date de début «&#xa0;%2&#xa0;» n’est pas une date réelle.</translation>
    </message>
    <message>
        <source>Line %1: the end date &quot;%2&quot; is not a real date.</source>
        <translation>Ligne %1&#xa0;: la date de fin «&#xa0;%2&#xa0;» n’est pas une date réelle.</translation>
    </message>
    <message>
        <source>Line %1: the date &quot;%2&quot; in %3 is not a real date.</source>
        <translation>Ligne %1&#xa0;: la date «&#xa0;%2&#xa0;» dans %3 n’est pas une date réelle.</translation>
    </message>
    <message>
        <source>Line %1: the start time &quot;%2&quot; is not a real time of day.</source>
        <translation>Ligne %1&#xa0;: l’heure de début «&#xa0;%2&#xa0;» n’est pas une heure réelle.</translation>
    </message>
    <message>
        <source>Line %1: the end time &quot;%2&quot; is not a real time of day.</source>
        <translation>Ligne %1&#xa0;: l’heure de fin «&#xa0;%2&#xa0;» n’est pas une heure réelle.</translation>
    </message>
    <message>
        <source>Line %1: the time &quot;%2&quot; in %3 is not a real time of day.</source>
        <translation>Ligne %1&#xa0;: l’heure «&#xa0;%2&#xa0;» dans %3 n’est pas une heure réelle.</translation>
    </message>
    <message>
        <source>Line %1: the time zone &quot;%2&quot; is unknown, and the file does not describe it.</source>
        <translation>Ligne %1&#xa0;: le fuseau horaire «&#xa0;%2&#xa0;» est inconnu et le fichier ne le décrit pas.</translation>
    </message>
    <message>
        <source>Line %1: the reminder time &quot;%2&quot; is not valid; reminders look like -PT15M or -P1D.</source>
        <translation>Ligne %1&#xa0;: le délai de rappel «&#xa0;%2&#xa0;» n’est pas valide&#xa0;; un rappel s’écrit par exemple -PT15M ou -P1D.</translation>
    </message>
    <message>
        <source>Line %1: the end &quot;%2&quot; and the start &quot;%3&quot; must either both be whole days or both have a time of day.</source>
        <translation>Ligne %1&#xa0;: la fin «&#xa0;%2&#xa0;» et le début «&#xa0;%3&#xa0;» doivent être soit tous deux des journées entières, soit tous deux avec une heure.</translation>
    </message>
    <message>
        <source>Line %1: the event ends (%2) before it starts (%3).</source>
        <translation>Ligne %1&#xa0;: l’événement se termine (%2) avant de commencer (%3).</translation>
    </message>
    <message>
        <source>Line %1: the duration &quot;%2&quot; is not valid; durations look like PT1H30M or P1D.</source>
        <translation>Ligne %1&#xa0;: la durée «&#xa0;%2&#xa0;» n’est pas valide&#xa0;; une durée s’écrit par exemple PT1H30M ou P1D.</translation>
    </message>
    <message>
        <source>Line %1: the duration &quot;%2&quot; is negative, so the event would end before it starts.</source>
        <translation>Ligne %1&#xa0;: la durée «&#xa0;%2&#xa0;» est négative&#xa0;; l’événement se terminerait donc avant de commencer.</translation>
    </message>
    <message>
        <source>Line %1: the duration &quot;%2&quot; is too long.</source>
        <translation>Ligne %1&#xa0;: la durée «&#xa0;%2&#xa0;» est trop longue.</translation>
    </message>
    <message>
        <source>Line %1: the event that begins here has no start time (DTSTART).</source>
        <translation>Ligne %1&#xa0;: l’événement qui commence ici n’a pas d’heure de début (DTSTART).</translation>
    </message>
    <message>
        <source>The file is %1, but calendar files larger than %2 are not imported.</source>
        <translation>Le fichier fait %1, or les fichiers d’agenda de plus de %2 ne sont pas importés.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line %1: this is not an iCalendar file, because it does not start with BEGIN:VCALENDAR.</source>
        <translation>Ligne %1&#xa0;: ce n’est pas un fichier iCalendar, car il ne commence pas par BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>Line %1: the calendar contains no events to import.</source>
        <translation>Ligne %1&#xa0;: l’agenda ne contient aucun événement à importer.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a calendar file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier d’agenda.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
</context>
<context>
    <name>ImportApplicationsCommand</name>
    <message numerus="yes">
        <source>Import %n application(s)</source>
        <translation>
            <numerusform>Importer %n candidature</numerusform>
            <numerusform>Importer %n candidatures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportApplicationsDialog</name>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importer des candidatures</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s), separated by %2, read as %3.</source>
        <translation>
            <numerusform>%1 — %n ligne, champs séparés par des %2, encodage %3.</numerusform>
            <numerusform>%1 — %n lignes, champs séparés par des %2, encodage %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what each column holds. Columns set to “(ignore)” are left out.</source>
        <translation>Choisissez ce que contient chaque colonne. Les colonnes réglées sur «&#xa0;(ignorer)&#xa0;» sont laissées de côté.</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Jour d’abord (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Mois d’abord (12/31/2024)</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2024:</source>
        <translation>Dates comme 03/04/2024&#xa0;:</translation>
    </message>
    <message>
        <source>Stage for rows without one:</source>
        <translation>Étape des lignes qui n’en ont pas&#xa0;:</translation>
    </message>
    <message>
        <source>Stage values that are not stages</source>
        <translation>Valeurs d’étape qui ne sont pas des étapes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Choose a stage…</source>
        <translation>Choisir une étape…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
    <message>
        <source>Choose a stage for each of the values listed above.</source>
        <translation>Choisissez une étape pour chacune des valeurs ci-dessus.</translation>
    </message>
    <message>
        <source>Nothing can be imported yet. %1</source>
        <translation>Rien ne peut encore être importé. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) will be added.</source>
        <translation>
            <numerusform>%n candidature sera ajoutée.</numerusform>
            <numerusform>%n candidatures seront ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (same company and role) will be skipped.</source>
        <translation>
            <numerusform>%n déjà présente (même entreprise et même poste) sera ignorée.</numerusform>
            <numerusform>%n déjà présentes (même entreprise et même poste) seront ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRoundsCommand</name>
    <message numerus="yes">
        <source>Import %n round(s) from a calendar</source>
        <translation>
            <numerusform>Importer %n entretien depuis un agenda</numerusform>
            <numerusform>Importer %n entretiens depuis un agenda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationOpener</name>
    <message>
        <source>“%1” was not imported because no SecondRound file is open. Open one, then use File &gt; Import invitation (.ics)…</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé, car aucun fichier SecondRound n’est ouvert. Ouvrez-en un, puis utilisez Fichier &gt; Importer une invitation (.ics)…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The new language is used the next time SecondRound starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de SecondRound.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LetterDocument</name>
    <message>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LetterDue</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;j %2&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Select a letter on the left.</source>
        <translation>Sélectionnez une lettre à gauche.</translation>
    </message>
    <message>
        <source>Nobody (the person was deleted)</source>
        <translation>Aucun destinataire (la personne a été supprimée)</translation>
    </message>
    <message>
        <source>%1 (no email address)</source>
        <translation>%1 (pas d’adresse e-mail)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The letter still has gaps to fill: %1 (F3 selects the next one).</source>
        <translation>La lettre a encore des champs à compléter&#xa0;: %1 (F3 sélectionne le suivant).</translation>
    </message>
    <message>
        <source>Another letter of this round has the same text. Write something personal to each person.</source>
        <translation>Une autre lettre de cet entretien a le même texte. Écrivez quelque chose de personnel à chaque personne.</translation>
    </message>
    <message>
        <source>There is no email address for %1; the mail program will ask for one.</source>
        <translation>Il n’y a pas d’adresse e-mail pour %1&#xa0;; le logiciel de messagerie en demandera une.</translation>
    </message>
    <message>
        <source>Add add&amp;ress…</source>
        <translation>A&amp;jouter une adresse…</translation>
    </message>
</context>
<context>
    <name>LetterFiles</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to.</source>
        <translation>Impossible d’écrire dans le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no interview round %1.</source>
        <translation>Il n’y a pas d’entretien %1.</translation>
    </message>
    <message>
        <source>Nobody is listed for round %1 (%2). Add the people you met, then write the letters.</source>
        <translation>Personne n’est indiqué pour l’entretien %1 (%2). Ajoutez les personnes rencontrées, puis écrivez les lettres.</translation>
    </message>
</context>
<context>
    <name>LetterListModel</name>
    <message>
        <source>Due</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyée le %1</translation>
    </message>
    <message>
        <source>Replied %1</source>
        <translation>Réponse le %1</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation>%1, entretien %2</translation>
    </message>
    <message>
        <source>after the round</source>
        <translation>après l’entretien</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>À envoyer le %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>LetterPrepSheet</name>
    <message>
        <source>Thank-you letter to %1, due %2</source>
        <translation>Lettre de remerciement à %1, à envoyer le %2</translation>
    </message>
    <message>
        <source>Not written yet: the Letters tab proposes one when the round ends.</source>
        <translation>Pas encore écrite&#xa0;: l’onglet Lettres en propose une à la fin de l’entretien.</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyée le %1</translation>
    </message>
    <message>
        <source>Letter discarded.</source>
        <translation>Lettre écartée.</translation>
    </message>
    <message>
        <source>Draft ready in the Letters tab.</source>
        <translation>Brouillon prêt dans l’onglet Lettres.</translation>
    </message>
    <message>
        <source>A thank-you letter to each person you meet, due %1</source>
        <translation>Une lettre de remerciement à chaque personne rencontrée, à envoyer le %1</translation>
    </message>
    <message>
        <source>Nobody is listed for this round yet: note who attends.</source>
        <translation>Personne n’est encore indiqué pour cet entretien&#xa0;: notez qui y assiste.</translation>
    </message>
</context>
<context>
    <name>LetterStore</name>
    <message>
        <source>This file is open read-only, so nothing can be changed. Save a copy to make changes.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: rien ne peut être modifié. Enregistrez une copie pour faire des modifications.</translation>
    </message>
    <message>
        <source>The letter templates could not be read.</source>
        <translation>Les modèles de lettre n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; the name and the subject are one line each.</source>
        <translation>Supprimez les retours à la ligne et les caractères de contrôle invisibles&#xa0;; le nom et l’objet tiennent chacun sur une ligne.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Le nom est trop long (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Choisissez la langue du modèle.</translation>
    </message>
    <message>
        <source>The subject is too long (at most 1,000 characters).</source>
        <translation>L’objet est trop long (1&#xa0;000 caractères au maximum).</translation>
    </message>
    <message>
        <source>The text is too long (at most 100,000 characters).</source>
        <translation>Le texte est trop long (100&#xa0;000 caractères au maximum).</translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation>Le modèle n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>Le modèle n’existe plus.</translation>
    </message>
    <message>
        <source>The template could not be deleted.</source>
        <translation>Le modèle n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The template could not be put back.</source>
        <translation>Le modèle n’a pas pu être rétabli.</translation>
    </message>
    <message>
        <source>The letters could not be read.</source>
        <translation>Les lettres n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The letter no longer exists.</source>
        <translation>La lettre n’existe plus.</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; the subject is one line.</source>
        <translation>Supprimez les retours à la ligne et les caractères de contrôle invisibles&#xa0;; l’objet tient sur une ligne.</translation>
    </message>
    <message>
        <source>The letter is too long (at most 1,000,000 characters).</source>
        <translation>La lettre est trop longue (1&#xa0;000 000 caractères au maximum).</translation>
    </message>
    <message>
        <source>The letter could not be saved.</source>
        <translation>La lettre n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The rounds could not be read.</source>
        <translation>Les entretiens n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The letters could not be put back.</source>
        <translation>Les lettres n’ont pas pu être rétablies.</translation>
    </message>
    <message>
        <source>The letters could not be removed.</source>
        <translation>Les lettres n’ont pas pu être retirées.</translation>
    </message>
    <message>
        <source>Your name could not be read.</source>
        <translation>Votre nom n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; your name is one line.</source>
        <translation>Supprimez les retours à la ligne et les caractères de contrôle invisibles&#xa0;; votre nom tient sur une ligne.</translation>
    </message>
    <message>
        <source>Your name could not be saved.</source>
        <translation>Votre nom n’a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>&amp;Letters (%1)</source>
        <translation>&amp;Lettres (%1)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Lettres</translation>
    </message>
    <message>
        <source>Le&amp;tter</source>
        <translation>Le&amp;ttre</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>&amp;Who was there?…</source>
        <translation>&amp;Qui était présent&#xa0;?…</translation>
    </message>
    <message>
        <source>&amp;Accept draft</source>
        <translation>&amp;Accepter le brouillon</translation>
    </message>
    <message>
        <source>&amp;Discard letter</source>
        <translation>É&amp;carter la lettre</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Enregistrer en .&amp;eml…</translation>
    </message>
    <message>
        <source>&amp;Copy letter text</source>
        <translation>Co&amp;pier le texte</translation>
    </message>
    <message>
        <source>&amp;Print letter…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Marquer comme e&amp;nvoyée</translation>
    </message>
    <message>
        <source>Mark as &amp;replied</source>
        <translation>&amp;Réponse reçue</translation>
    </message>
    <message>
        <source>&amp;Back to draft</source>
        <translation>Revenir au &amp;brouillon</translation>
    </message>
    <message>
        <source>Next &amp;gap</source>
        <translation>Champ à compléter &amp;suivant</translation>
    </message>
    <message>
        <source>Write &amp;follow-up</source>
        <translation>Écrire une re&amp;lance</translation>
    </message>
    <message>
        <source>Your name, as letters are signed</source>
        <translation>Votre nom, tel qu’il signe les lettres</translation>
    </message>
    <message>
        <source>Sign &amp;as:</source>
        <translation>&amp;Signer en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>No gaps left in this letter.</source>
        <translation>Il ne reste aucun champ à compléter dans cette lettre.</translation>
    </message>
    <message>
        <source>Write follow-up</source>
        <translation>Écrire une relance</translation>
    </message>
    <message>
        <source>Round %1 at %2 has ended, but nobody is listed for it. Who was there?</source>
        <translation>L’entretien %1 chez %2 est terminé, mais personne n’y est indiqué. Qui était présent&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>(%n more round(s) like it)</source>
        <translation>
            <numerusform>(%n autre entretien dans ce cas)</numerusform>
            <numerusform>(%n autres entretiens dans ce cas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 at %2 ended two hours ago and no thank-you letter is drafted yet. Letters are best sent within a day.</source>
        <translation>L’entretien %1 chez %2 s’est terminé il y a deux heures et aucune lettre de remerciement n’est encore rédigée. Mieux vaut envoyer les lettres sous un jour.</translation>
    </message>
    <message>
        <source>Write letters</source>
        <translation>Écrire les lettres</translation>
    </message>
    <message>
        <source>Edit letter</source>
        <translation>Modifier la lettre</translation>
    </message>
    <message>
        <source>Accept draft</source>
        <translation>Accepter le brouillon</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Revenir au brouillon</translation>
    </message>
    <message>
        <source>Mark letter as sent</source>
        <translation>Marquer la lettre comme envoyée</translation>
    </message>
    <message>
        <source>Mark letter as replied</source>
        <translation>Marquer la réponse reçue</translation>
    </message>
    <message>
        <source>Discard letter</source>
        <translation>Écarter la lettre</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>Marquée comme envoyée.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyée</translation>
    </message>
    <message>
        <source>Mark it as sent anyway?</source>
        <translation>La marquer quand même comme envoyée&#xa0;?</translation>
    </message>
    <message>
        <source>Was it sent?</source>
        <translation>Lettre envoyée&#xa0;?</translation>
    </message>
    <message>
        <source>Did you send the letter to %1?</source>
        <translation>Avez-vous envoyé la lettre à %1&#xa0;?</translation>
    </message>
    <message>
        <source>Letter too long for a mail link</source>
        <translation>Lettre trop longue pour un lien de messagerie</translation>
    </message>
    <message>
        <source>This letter makes a mail link of %L1 characters, and mail programs cut links longer than about %L2. Save it as an .eml file instead and open that file: it opens as a new message in the mail program.</source>
        <translation>Cette lettre donne un lien de messagerie de %L1 caractères, or les logiciels de messagerie coupent les liens de plus de %L2 caractères environ. Enregistrez-la plutôt en fichier .eml et ouvrez ce fichier&#xa0;: il s’ouvre comme un nouveau message dans le logiciel de messagerie.</translation>
    </message>
    <message>
        <source>No mail program could be opened. Save the letter as an .eml file or copy its text instead.</source>
        <translation>Aucun logiciel de messagerie n’a pu être ouvert. Enregistrez plutôt la lettre en fichier .eml ou copiez son texte.</translation>
    </message>
    <message>
        <source>Save letter as .eml</source>
        <translation>Enregistrer la lettre en .eml</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>Messages e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Saved %1. Open it to send it from your mail program.</source>
        <translation>%1 enregistré. Ouvrez-le pour l’envoyer depuis votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>The letter&apos;s text is on the clipboard. Subject: %1</source>
        <translation>Le texte de la lettre est dans le presse-papiers. Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Imprimer la lettre</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Email address of %1:</source>
        <translation>Adresse e-mail de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Who was there?</source>
        <translation>Qui était présent&#xa0;?</translation>
    </message>
    <message>
        <source>Name of a person you met in round %1 at %2 (add the others from the round&apos;s form):</source>
        <translation>Nom d’une personne rencontrée lors de l’entretien %1 chez %2 (ajoutez les autres dans le formulaire de l’entretien)&#xa0;:</translation>
    </message>
    <message>
        <source>Add %1 and a letter</source>
        <translation>Ajouter %1 et une lettre</translation>
    </message>
    <message>
        <source>New letters are signed “%1”.</source>
        <translation>Les nouvelles lettres sont signées «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>F&amp;ill in from the debrief</source>
        <translation>Complé&amp;ter d’après le bilan</translation>
    </message>
    <message>
        <source>Letter te&amp;mplates…</source>
        <translation>&amp;Gérer les modèles de lettre…</translation>
    </message>
    <message>
        <source>Did you send the letter “%1”?</source>
        <translation>Avez-vous envoyé la lettre «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Did you send this letter?</source>
        <translation>Avez-vous envoyé cette lettre&#xa0;?</translation>
    </message>
    <message>
        <source>The debrief does not say yet what you talked about with this person.</source>
        <translation>Le bilan ne dit pas encore de quoi vous avez parlé avec cette personne.</translation>
    </message>
    <message>
        <source>Nothing left to fill in.</source>
        <translation>Plus rien à compléter.</translation>
    </message>
    <message>
        <source>Fill in from the debrief</source>
        <translation>Compléter d’après le bilan</translation>
    </message>
    <message>
        <source>Save &amp;letter as PDF…</source>
        <translation>Enregistrer la lettre en P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SecondRound files (*.sqlite *.db);;All files (*)</source>
        <translation>Fichiers SecondRound (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This file is read-only. You can look at everything, but changes cannot be saved. Use File &gt; Save a copy as to make an editable copy.</source>
        <translation>Ce fichier est en lecture seule. Vous pouvez tout consulter, mais aucune modification ne peut être enregistrée. Utilisez Fichier &gt; Enregistrer une copie sous pour créer une copie modifiable.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;Nouveau fichier…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About SecondRound</source>
        <translation>À &amp;propos de SecondRound</translation>
    </message>
    <message>
        <source>“%1” no longer exists and was taken off the list.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe plus et a été retiré de la liste.</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>The file was updated to this version; a copy of the old one is at %1</source>
        <translation>Le fichier a été mis à jour pour cette version&#xa0;; une copie de l’ancien se trouve dans %1</translation>
    </message>
    <message>
        <source>Welcome to SecondRound</source>
        <translation>Bienvenue dans SecondRound</translation>
    </message>
    <message>
        <source>Your board is empty. Would you like some invented sample applications to look around with? You can delete or archive them at any time, or start a clean file with File &gt; New file.</source>
        <translation>Votre tableau est vide. Voulez-vous quelques candidatures d’exemple fictives pour découvrir l’application&#xa0;? Vous pourrez les supprimer ou les archiver à tout moment, ou repartir d’un fichier vierge avec Fichier &gt; Nouveau fichier.</translation>
    </message>
    <message>
        <source>Add sample data</source>
        <translation>Ajouter des exemples</translation>
    </message>
    <message>
        <source>SecondRound</source>
        <translation>SecondRound</translation>
    </message>
    <message>
        <source>%1 (read-only) — SecondRound</source>
        <translation>%1 (lecture seule) — SecondRound</translation>
    </message>
    <message>
        <source>%1 — SecondRound</source>
        <translation>%1 — SecondRound</translation>
    </message>
    <message>
        <source>New SecondRound file</source>
        <translation>Nouveau fichier SecondRound</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or use File &gt; Open to open it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom ou utilisez Fichier &gt; Ouvrir pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Open SecondRound file</source>
        <translation>Ouvrir un fichier SecondRound</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>A copy was saved to %1</source>
        <translation>Une copie a été enregistrée dans %1</translation>
    </message>
    <message>
        <source>About SecondRound</source>
        <translation>À propos de SecondRound</translation>
    </message>
    <message>
        <source>SecondRound %1

Organises your job search and prepares you for every interview round. Everything stays on this computer, in one file.</source>
        <translation>SecondRound %1

Organise votre recherche d’emploi et vous prépare à chaque entretien. Tout reste sur cet ordinateur, dans un seul fichier.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema step %1 could not be read.</source>
        <translation>L’étape de schéma %1 n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The schema steps are not numbered 1, 2, 3…: %1 is out of order.</source>
        <translation>Les étapes de schéma ne sont pas numérotées 1, 2, 3…&#xa0;: %1 n’est pas à sa place.</translation>
    </message>
    <message>
        <source>No schema steps were found.</source>
        <translation>Aucune étape de schéma n’a été trouvée.</translation>
    </message>
    <message>
        <source>Updating the file to schema version %1 (%2) failed.</source>
        <translation>La mise à jour du fichier vers la version de schéma %1 (%2) a échoué.</translation>
    </message>
</context>
<context>
    <name>MonthDayDelegate</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n entretien</numerusform>
            <numerusform>%n entretiens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>That month cannot be shown.</source>
        <translation>Ce mois ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>%1, no interviews</source>
        <translation>%1, aucun entretien</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n interview(s)</source>
        <translation>
            <numerusform>%1, %n entretien</numerusform>
            <numerusform>%1, %n entretiens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthSummary</name>
    <message>
        <source>That month cannot be shown.</source>
        <translation>Ce mois ne peut pas être affiché.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>Aller à aujourd’hui (Début)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Month page title: month name, then year</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed. Use File &gt; Save a copy as to make an editable copy.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: rien ne peut être modifié. Utilisez Fichier &gt; Enregistrer une copie sous pour créer une copie modifiable.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3 because the clocks change that night. Open the round to choose another time.</source>
        <translation>L’heure %1 n’existe pas le %2 dans le fuseau %3, car on change d’heure cette nuit-là. Ouvrez l’entretien pour choisir une autre heure.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>NotesChecklist</name>
    <message>
        <source>Ask who will attend</source>
        <translation>Demander qui sera présent</translation>
    </message>
    <message>
        <source>Review the notes from earlier rounds</source>
        <translation>Relire les notes des entretiens précédents</translation>
    </message>
    <message>
        <source>Test the video link or the route, and plan to be there ten minutes early</source>
        <translation>Tester le lien vidéo ou le trajet, et prévoir d’arriver dix minutes en avance</translation>
    </message>
    <message>
        <source>Copies of your CV and supporting material</source>
        <translation>Copies de votre CV et des documents utiles</translation>
    </message>
    <message>
        <source>References list ready</source>
        <translation>Liste de références prête</translation>
    </message>
    <message>
        <source>Clothes chosen to match their culture</source>
        <translation>Tenue choisie selon la culture de l’entreprise</translation>
    </message>
    <message>
        <source>Read the company&apos;s recent news</source>
        <translation>Lire l’actualité récente de l’entreprise</translation>
    </message>
    <message>
        <source>Three or four questions ready to ask them</source>
        <translation>Trois ou quatre questions prêtes à leur poser</translation>
    </message>
    <message>
        <source>Salary target and walk-away figure decided</source>
        <translation>Salaire visé et minimum acceptable décidés</translation>
    </message>
    <message>
        <source>Prep %1/%2</source>
        <translation>Prép. %1/%2</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Write it down while it is fresh: what they asked, which answers were weak, their concerns, and what happens next.</source>
        <translation>Notez-le tant que c’est frais&#xa0;: ce qu’on vous a demandé, les réponses faibles, leurs réserves et la suite.</translation>
    </message>
    <message>
        <source>Choose a round on the left to see its notes.</source>
        <translation>Choisissez un entretien à gauche pour voir ses notes.</translation>
    </message>
    <message>
        <source>Why they called me back</source>
        <translation>Pourquoi ce nouvel entretien</translation>
    </message>
    <message>
        <source>Left open by earlier rounds</source>
        <translation>En suspens depuis les entretiens précédents</translation>
    </message>
    <message>
        <source>Left open by earlier rounds; tick what you dealt with</source>
        <translation>En suspens depuis les entretiens précédents&#xa0;; cochez ce que vous avez réglé</translation>
    </message>
    <message>
        <source>What I want them to remember</source>
        <translation>Ce que je veux qu’ils retiennent</translation>
    </message>
    <message>
        <source>&amp;Selling points:</source>
        <translation>A&amp;touts&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Requirements and my evidence:</source>
        <translation>E&amp;xigences et mes preuves&#xa0;:</translation>
    </message>
    <message>
        <source>Company research</source>
        <translation>Recherches sur l’entreprise</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>M&amp;ission&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ompetitors:</source>
        <translation>&amp;Concurrents&#xa0;:</translation>
    </message>
    <message>
        <source>Questions to ask them</source>
        <translation>Questions à leur poser</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Une question par ligne</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistique</translation>
    </message>
    <message>
        <source>Arrival time, contact phone, what to bring</source>
        <translation>Heure d’arrivée, téléphone du contact, choses à apporter</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ob&amp;jectif&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Questions they asked:</source>
        <translation>&amp;Questions posées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weak answers, and what I would say instead:</source>
        <translation>Rép&amp;onses faibles, et ce que je dirais à la place&#xa0;:</translation>
    </message>
    <message>
        <source>Their &amp;concerns or hesitations:</source>
        <translation>Leurs réser&amp;ves ou hésitations&#xa0;:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>1: it went badly</source>
        <translation>1&#xa0;: ça s’est mal passé</translation>
    </message>
    <message>
        <source>2: not great</source>
        <translation>2&#xa0;: pas terrible</translation>
    </message>
    <message>
        <source>3: hard to say</source>
        <translation>3&#xa0;: difficile à dire</translation>
    </message>
    <message>
        <source>4: good</source>
        <translation>4&#xa0;: bien</translation>
    </message>
    <message>
        <source>5: it went very well</source>
        <translation>5&#xa0;: ça s’est très bien passé</translation>
    </message>
    <message>
        <source>&amp;Gut feeling:</source>
        <translation>Ressen&amp;ti&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2, round %3</source>
        <translation>%1&#xa0;: %2, entretien %3</translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <source>Kept for %1 and shared by all its rounds.</source>
        <translation>Enregistré pour %1 et commun à tous ses entretiens.</translation>
    </message>
    <message>
        <source>Round %1, %2: %3</source>
        <translation>Entretien %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing yet: the debriefs of earlier rounds of this application appear here.</source>
        <translation>Rien pour l’instant&#xa0;: les bilans des entretiens précédents de cette candidature apparaissent ici.</translation>
    </message>
    <message>
        <source>%1 of at least three: ask about the team, the work and its challenges, and at the end about the next steps.</source>
        <translation>%1 sur au moins trois&#xa0;: posez des questions sur l’équipe, le travail et ses défis, et à la fin sur les étapes suivantes.</translation>
    </message>
    <message>
        <source>Pl&amp;an</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>De&amp;brief</source>
        <translation>&amp;Bilan</translation>
    </message>
    <message>
        <source>Produ&amp;cts:</source>
        <translation>Pr&amp;oduits&#xa0;:</translation>
    </message>
    <message>
        <source>Recent ne&amp;ws:</source>
        <translation>Dernière&amp;s actualités&#xa0;:</translation>
    </message>
    <message>
        <source>Wal&amp;k-away:</source>
        <translation>Salaire planc&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Cl&amp;ues (team, projects, culture, what they stressed):</source>
        <translation>&amp;Indices (équipe, projets, culture, points soulignés)&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps and timing they mentioned:</source>
        <translation>Étapes &amp;suivantes et calendrier annoncés&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ollow up on</source>
        <translation>Relan&amp;cer le</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Search all notes and job descriptions</source>
        <translation>Rechercher dans toutes les notes et descriptions de poste</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>%1: %2, round notes</source>
        <translation>%1&#xa0;: %2, notes d’entretien</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2, job description and notes</source>
        <translation>%1&#xa0;: %2, description du poste et notes</translation>
    </message>
    <message>
        <source>%1, company research</source>
        <translation>%1, recherches sur l’entreprise</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>NotesRoundList</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Round %1, %2</source>
        <translation>Entretien %1, %2</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Write it down while it is fresh</source>
        <translation>%1 · À noter tant que c’est frais</translation>
    </message>
</context>
<context>
    <name>NotesRules</name>
    <message>
        <source>Weak answer</source>
        <translation>Réponse faible</translation>
    </message>
    <message>
        <source>Their concern</source>
        <translation>Leur réserve</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
</context>
<context>
    <name>NotesSampleData</name>
    <message>
        <source>Cut the release cycle from six weeks to one at my last job</source>
        <translation>J’ai réduit le cycle de livraison de six semaines à une dans mon dernier poste</translation>
    </message>
    <message>
        <source>Led a team of four through a rewrite without a missed deadline</source>
        <translation>J’ai mené une équipe de quatre personnes dans une refonte sans manquer une échéance</translation>
    </message>
    <message>
        <source>Speak the customer&apos;s language: two years in support before engineering</source>
        <translation>Je parle la langue des clients&#xa0;: deux ans au support avant le développement</translation>
    </message>
    <message>
        <source>Mentored three juniors who are now seniors</source>
        <translation>J’ai accompagné trois juniors devenus seniors</translation>
    </message>
    <message>
        <source>Comfortable owning a problem end to end, from the first call to the fix</source>
        <translation>À l’aise pour prendre en charge un problème de bout en bout, du premier appel à la correction</translation>
    </message>
    <message>
        <source>Five years of backend work: payments service, 2019 to now</source>
        <translation>Cinq ans de développement backend&#xa0;: service de paiement, depuis 2019</translation>
    </message>
    <message>
        <source>Leading without authority: the cross-team migration last spring</source>
        <translation>Diriger sans autorité hiérarchique&#xa0;: la migration inter-équipes du printemps dernier</translation>
    </message>
    <message>
        <source>SQL at scale: tuned the reporting database, queries 40 times faster</source>
        <translation>SQL à grande échelle&#xa0;: base de reporting optimisée, requêtes 40 fois plus rapides</translation>
    </message>
    <message>
        <source>Clear writing: wrote the onboarding guide new hires still use</source>
        <translation>Rédaction claire&#xa0;: j’ai écrit le guide d’accueil que les nouvelles recrues utilisent encore</translation>
    </message>
    <message>
        <source>What would a great first three months look like in this role?</source>
        <translation>À quoi ressembleraient trois premiers mois réussis à ce poste&#xa0;?</translation>
    </message>
    <message>
        <source>How does the team decide what to work on next?</source>
        <translation>Comment l’équipe décide-t-elle de ses prochains chantiers&#xa0;?</translation>
    </message>
    <message>
        <source>What is the hardest problem the team is facing this year?</source>
        <translation>Quel est le problème le plus difficile auquel l’équipe fait face cette année&#xa0;?</translation>
    </message>
    <message>
        <source>How do you give feedback, and how often?</source>
        <translation>Comment faites-vous vos retours, et à quelle fréquence&#xa0;?</translation>
    </message>
    <message>
        <source>What are the next steps, and when will you decide?</source>
        <translation>Quelles sont les prochaines étapes, et quand prendrez-vous votre décision&#xa0;?</translation>
    </message>
    <message>
        <source>Be there at 9:50; ask for the interviewer at reception</source>
        <translation>Être là à 9&#xa0;h 50&#xa0;; demander la personne qui fait passer l’entretien à l’accueil</translation>
    </message>
    <message>
        <source>Test the video link and the microphone the evening before</source>
        <translation>Tester le lien vidéo et le micro la veille au soir</translation>
    </message>
    <message>
        <source>Bring two printed copies of the CV and the portfolio link</source>
        <translation>Apporter deux exemplaires imprimés du CV et le lien du portfolio</translation>
    </message>
    <message>
        <source>Tell me about a project that failed</source>
        <translation>Parlez-moi d’un projet qui a échoué</translation>
    </message>
    <message>
        <source>Why are you leaving your current job?</source>
        <translation>Pourquoi quittez-vous votre poste actuel&#xa0;?</translation>
    </message>
    <message>
        <source>How do you handle a disagreement with your manager?</source>
        <translation>Comment gérez-vous un désaccord avec votre responsable&#xa0;?</translation>
    </message>
    <message>
        <source>Walk me through a system you designed</source>
        <translation>Présentez-moi un système que vous avez conçu</translation>
    </message>
    <message>
        <source>What salary are you looking for?</source>
        <translation>Quelles sont vos prétentions salariales&#xa0;?</translation>
    </message>
    <message>
        <source>Where do you see yourself in three years?</source>
        <translation>Où vous voyez-vous dans trois ans&#xa0;?</translation>
    </message>
    <message>
        <source>Salary question: gave a number too early; next time ask for their range first</source>
        <translation>Question sur le salaire&#xa0;: chiffre donné trop tôt&#xa0;; la prochaine fois, demander d’abord leur fourchette</translation>
    </message>
    <message>
        <source>Failed project: rambled; lead with what I learned, in two minutes</source>
        <translation>Projet raté&#xa0;: trop de détours&#xa0;; commencer par ce que j’en ai appris, en deux minutes</translation>
    </message>
    <message>
        <source>Gap last year: say plainly it was a planned break for a family move</source>
        <translation>Interruption l’an dernier&#xa0;: dire simplement que c’était une pause prévue pour un déménagement familial</translation>
    </message>
    <message>
        <source>System design: forgot to mention monitoring</source>
        <translation>Conception de système&#xa0;: oublié de parler de la supervision</translation>
    </message>
    <message>
        <source>Not sure I have led a team this size</source>
        <translation>Doute sur mon expérience d’une équipe de cette taille</translation>
    </message>
    <message>
        <source>Worried I would get bored with the maintenance work</source>
        <translation>Crainte que je m’ennuie avec la maintenance</translation>
    </message>
    <message>
        <source>Asked twice about experience with their cloud provider</source>
        <translation>Deux questions sur mon expérience avec leur fournisseur cloud</translation>
    </message>
    <message>
        <source>They mentioned on-call three times: probably a pain point</source>
        <translation>Astreintes mentionnées trois fois&#xa0;: sans doute un point sensible</translation>
    </message>
    <message>
        <source>The team is growing from five to eight this year</source>
        <translation>L’équipe passe de cinq à huit personnes cette année</translation>
    </message>
    <message>
        <source>The manager stressed written communication</source>
        <translation>La responsable a insisté sur la communication écrite</translation>
    </message>
    <message>
        <source>A big customer launch is planned for spring</source>
        <translation>Un grand lancement client est prévu au printemps</translation>
    </message>
    <message>
        <source>Recruiter will call within a week</source>
        <translation>La recruteuse appellera d’ici une semaine</translation>
    </message>
    <message>
        <source>Final round with the director if this goes well</source>
        <translation>Dernier entretien avec la directrice si tout se passe bien</translation>
    </message>
    <message>
        <source>Decision expected by the end of the month</source>
        <translation>Décision attendue d’ici la fin du mois</translation>
    </message>
    <message>
        <source>Make small businesses&apos; bookkeeping painless</source>
        <translation>Rendre la comptabilité des petites entreprises indolore</translation>
    </message>
    <message>
        <source>Reliable logistics software for mid-sized shippers</source>
        <translation>Logiciel logistique fiable pour les expéditeurs de taille moyenne</translation>
    </message>
    <message>
        <source>Help hospitals schedule staff fairly</source>
        <translation>Aider les hôpitaux à planifier équitablement leur personnel</translation>
    </message>
    <message>
        <source>A web app and two mobile apps; an API for partners</source>
        <translation>Une application web et deux applications mobiles&#xa0;; une API pour les partenaires</translation>
    </message>
    <message>
        <source>Route planning, fleet tracking, invoicing</source>
        <translation>Planification d’itinéraires, suivi de flotte, facturation</translation>
    </message>
    <message>
        <source>Rostering software sold per site</source>
        <translation>Logiciel de planning vendu par site</translation>
    </message>
    <message>
        <source>Raised a new funding round last quarter</source>
        <translation>Nouvelle levée de fonds le trimestre dernier</translation>
    </message>
    <message>
        <source>Opened an office abroad in the summer</source>
        <translation>Ouverture d’un bureau à l’étranger cet été</translation>
    </message>
    <message>
        <source>New chief technology officer since September</source>
        <translation>Nouveau directeur technique depuis septembre</translation>
    </message>
    <message>
        <source>Two larger incumbents and one fast start-up</source>
        <translation>Deux acteurs établis plus grands et une start-up rapide</translation>
    </message>
    <message>
        <source>Mostly spreadsheets and in-house tools</source>
        <translation>Surtout des tableurs et des outils maison</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <source>The notes could not be read.</source>
        <translation>Les notes n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The notes could not be saved.</source>
        <translation>Les notes n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>The gut feeling is a number from 1 to 5.</source>
        <translation>Le ressenti est un nombre de 1 à 5.</translation>
    </message>
    <message>
        <source>A note can hold at most %L1 characters; this one has %L2.</source>
        <translation>Une note peut contenir au maximum %L1 caractères&#xa0;; celle-ci en a %L2.</translation>
    </message>
    <message>
        <source>The notes were not saved: the round no longer exists.</source>
        <translation>Les notes n’ont pas été enregistrées&#xa0;: l’entretien n’existe plus.</translation>
    </message>
    <message>
        <source>The company research could not be read.</source>
        <translation>Les recherches sur l’entreprise n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The company research could not be saved.</source>
        <translation>Les recherches sur l’entreprise n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>The salary figures could not be read.</source>
        <translation>Les montants de salaire n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Salary figures cannot be negative.</source>
        <translation>Les montants de salaire ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>The walk-away figure is the least you would accept, so it cannot be above the target.</source>
        <translation>Le minimum acceptable est le moins que vous accepteriez&#xa0;; il ne peut donc pas dépasser l’objectif.</translation>
    </message>
    <message>
        <source>Write the currency as a short code such as EUR or USD.</source>
        <translation>Indiquez la devise sous forme de code court, comme EUR ou USD.</translation>
    </message>
    <message>
        <source>The salary figures could not be saved.</source>
        <translation>Les montants de salaire n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>The checklist could not be read.</source>
        <translation>La liste de contrôle n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The checklist could not be saved.</source>
        <translation>La liste de contrôle n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation>L’entretien n’existe plus.</translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation>La décision n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La recherche a échoué.</translation>
    </message>
    <message>
        <source>The notes could not be put back.</source>
        <translation>Les notes n’ont pas pu être rétablies.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>&amp;Print prep sheet…</source>
        <translation>Im&amp;primer la fiche de préparation…</translation>
    </message>
    <message>
        <source>&amp;Find in notes</source>
        <translation>Rec&amp;hercher dans les notes</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>There is no round to print a prep sheet for: %1</source>
        <translation>Il n’y a aucun entretien pour lequel imprimer une fiche de préparation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NotesToggleCommand</name>
    <message>
        <source>Tick checklist item</source>
        <translation>Cocher un élément de la liste de contrôle</translation>
    </message>
    <message>
        <source>Untick checklist item</source>
        <translation>Décocher un élément de la liste de contrôle</translation>
    </message>
    <message>
        <source>Mark as dealt with</source>
        <translation>Marquer comme réglé</translation>
    </message>
    <message>
        <source>Mark as still open</source>
        <translation>Marquer comme encore en suspens</translation>
    </message>
</context>
<context>
    <name>PeopleChooser</name>
    <message>
        <source>Space ticks who attends; Alt+Up and Alt+Down change the order they are listed in; Delete deletes the person.</source>
        <translation>Espace coche qui participe&#xa0;; Alt+Haut et Alt+Bas changent l’ordre de la liste&#xa0;; Suppr supprime la personne.</translation>
    </message>
    <message>
        <source>Move up in the round</source>
        <translation>Monter dans l’entretien</translation>
    </message>
    <message>
        <source>Move down in the round</source>
        <translation>Descendre dans l’entretien</translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation>Supprimer la personne…</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <source>Add person “%1”</source>
        <translation>Ajouter la personne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete person “%1”</source>
        <translation>Supprimer la personne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit person “%1”</source>
        <translation>Modifier la personne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PersonDeletion</name>
    <message>
        <source>Delete %1? They are not in any round. Edit &gt; Undo brings them back.</source>
        <translation>Supprimer %1&#xa0;? Cette personne ne participe à aucun entretien. Édition &gt; Annuler la rétablit.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? This also removes them from %n interview round(s). Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer %1&#xa0;? Cette personne sera aussi retirée de %n entretien. Édition &gt; Annuler la rétablit.</numerusform>
            <numerusform>Supprimer %1&#xa0;? Cette personne sera aussi retirée de %n entretiens. Édition &gt; Annuler la rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? They are not in any round, and %n thank-you letter(s) to them will lose the addressee. Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer %1&#xa0;? Cette personne ne participe à aucun entretien, et %n lettre de remerciement qui lui est adressée perdra son destinataire. Édition &gt; Annuler rétablit tout.</numerusform>
            <numerusform>Supprimer %1&#xa0;? Cette personne ne participe à aucun entretien, et %n lettres de remerciement qui lui sont adressées perdront leur destinataire. Édition &gt; Annuler rétablit tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? This also removes them from %2, and %n thank-you letter(s) to them will lose the addressee. Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer %1&#xa0;? Cette personne sera aussi retirée de %2, et %n lettre de remerciement qui lui est adressée perdra son destinataire. Édition &gt; Annuler rétablit tout.</numerusform>
            <numerusform>Supprimer %1&#xa0;? Cette personne sera aussi retirée de %2, et %n lettres de remerciement qui lui sont adressées perdront leur destinataire. Édition &gt; Annuler rétablit tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview round(s)</source>
        <translation>
            <numerusform>%n entretien</numerusform>
            <numerusform>%n entretiens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Engineering manager, recruiter…</source>
        <translation>Responsable technique, recruteur…</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Their role in the decision, what they asked about, what matters to them.</source>
        <translation>Son rôle dans la décision, ses questions, ce qui lui importe.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Profile &amp;link:</source>
        <translation>&amp;Lien du profil&#xa0;:</translation>
    </message>
    <message>
        <source>What they &amp;care about:</source>
        <translation>&amp;Ce qui lui importe&#xa0;:</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n’est ouvert.</translation>
    </message>
    <message>
        <source>Edit person — %1</source>
        <translation>Modifier la personne — %1</translation>
    </message>
    <message>
        <source>The email address does not look right (name@example.com).</source>
        <translation>L’adresse e-mail semble incorrecte (nom@example.com).</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>What they care about:</source>
        <translation>Ce qui lui importe&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Rounds with them:</source>
        <translation>&amp;Entretiens avec cette personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n’est ouvert.</translation>
    </message>
    <message>
        <source>%1 — person</source>
        <comment>window title: the person&apos;s name</comment>
        <translation>%1 — personne</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>job title at company</comment>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Nothing noted yet</source>
        <translation>Rien de noté pour l’instant</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, then time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not in any round yet</source>
        <translation>Dans aucun entretien pour l’instant</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message>
        <source>The applications could not be read.</source>
        <translation>Les candidatures n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The stages could not be read.</source>
        <translation>Les étapes n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Enter a name for the stage.</source>
        <translation>Saisissez un nom pour l’étape.</translation>
    </message>
    <message>
        <source>A stage name is one line without invisible control characters.</source>
        <translation>Un nom d’étape tient sur une ligne, sans caractères de contrôle invisibles.</translation>
    </message>
    <message>
        <source>The stage name is too long (at most %1 characters).</source>
        <translation>Le nom de l’étape est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>There is already a stage called “%1”.</source>
        <translation>Il existe déjà une étape nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The stage could not be added.</source>
        <translation>L’étape n’a pas pu être ajoutée.</translation>
    </message>
    <message>
        <source>The stage could not be put back.</source>
        <translation>L’étape n’a pas pu être rétablie.</translation>
    </message>
    <message>
        <source>The stage could not be removed.</source>
        <translation>L’étape n’a pas pu être retirée.</translation>
    </message>
    <message>
        <source>The stage no longer exists.</source>
        <translation>L’étape n’existe plus.</translation>
    </message>
    <message>
        <source>The stage could not be renamed.</source>
        <translation>L’étape n’a pas pu être renommée.</translation>
    </message>
    <message>
        <source>The stages could not be reordered.</source>
        <translation>L’ordre des étapes n’a pas pu être modifié.</translation>
    </message>
    <message>
        <source>The board needs at least one stage.</source>
        <translation>Le tableau doit avoir au moins une étape.</translation>
    </message>
    <message>
        <source>Choose another stage for the applications in “%1”.</source>
        <translation>Choisissez une autre étape pour les candidatures de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The stage could not be read.</source>
        <translation>L’étape n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>La candidature n’existe plus.</translation>
    </message>
    <message>
        <source>The stage history could not be read.</source>
        <translation>L’historique des étapes n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The companies could not be read.</source>
        <translation>Les entreprises n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The company could not be looked up.</source>
        <translation>L’entreprise n’a pas pu être recherchée.</translation>
    </message>
    <message>
        <source>The company could not be removed.</source>
        <translation>L’entreprise n’a pas pu être retirée.</translation>
    </message>
    <message>
        <source>The company could not be put back.</source>
        <translation>L’entreprise n’a pas pu être rétablie.</translation>
    </message>
    <message>
        <source>The company could not be saved.</source>
        <translation>L’entreprise n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The board order could not be saved.</source>
        <translation>L’ordre du tableau n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The application could not be saved.</source>
        <translation>La candidature n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The stage history could not be saved.</source>
        <translation>L’historique des étapes n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The card could not be moved.</source>
        <translation>La carte n’a pas pu être déplacée.</translation>
    </message>
    <message>
        <source>A card cannot be placed next to itself.</source>
        <translation>Une carte ne peut pas être placée à côté d’elle-même.</translation>
    </message>
    <message>
        <source>The place to drop the card no longer exists.</source>
        <translation>L’emplacement où déposer la carte n’existe plus.</translation>
    </message>
    <message>
        <source>The move could not be undone.</source>
        <translation>Le déplacement n’a pas pu être annulé.</translation>
    </message>
    <message>
        <source>The application could not be archived.</source>
        <translation>La candidature n’a pas pu être archivée.</translation>
    </message>
    <message>
        <source>The application could not be taken out of the archive.</source>
        <translation>La candidature n’a pas pu être sortie des archives.</translation>
    </message>
    <message>
        <source>The application is no longer in the archive.</source>
        <translation>La candidature n’est plus dans les archives.</translation>
    </message>
    <message>
        <source>The application could not be deleted.</source>
        <translation>La candidature n’a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>The application could not be put back.</source>
        <translation>La candidature n’a pas pu être rétablie.</translation>
    </message>
    <message>
        <source>The change could not be undone.</source>
        <translation>La modification n’a pas pu être annulée.</translation>
    </message>
    <message>
        <source>The stages could not be updated.</source>
        <translation>Les étapes n’ont pas pu être mises à jour.</translation>
    </message>
    <message>
        <source>The stages could not be saved.</source>
        <translation>Les étapes n’ont pas pu être enregistrées.</translation>
    </message>
</context>
<context>
    <name>PipelineTab</name>
    <message>
        <source>&amp;Pipeline</source>
        <translation>Candidat&amp;ures</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Candidature</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>É&amp;tapes</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistiques…</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Search company, role, location or notes</source>
        <translation>Rechercher une entreprise, un poste, un lieu ou des notes</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Rechercher des candidatures</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Nouvelle candidature…</translation>
    </message>
    <message>
        <source>&amp;Edit application…</source>
        <translation>&amp;Modifier la candidature…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Archi&amp;ved applications…</source>
        <translation>Candidatures arc&amp;hivées…</translation>
    </message>
    <message>
        <source>Move to &amp;previous stage</source>
        <translation>Passer à l’étape &amp;précédente</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation>&amp;Ajouter une étape…</translation>
    </message>
    <message>
        <source>Add &amp;closed stage…</source>
        <translation>Ajouter une étape de &amp;clôture…</translation>
    </message>
    <message>
        <source>&amp;Rename stage…</source>
        <translation>&amp;Renommer l’étape…</translation>
    </message>
    <message>
        <source>Move stage &amp;left</source>
        <translation>Déplacer l’étape vers la &amp;gauche</translation>
    </message>
    <message>
        <source>Move stage r&amp;ight</source>
        <translation>Déplacer l’étape vers la &amp;droite</translation>
    </message>
    <message>
        <source>Re&amp;move stage…</source>
        <translation>Re&amp;tirer l’étape…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Show &amp;closed stages</source>
        <translation>Afficher les étapes de &amp;clôture</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n candidature</numerusform>
            <numerusform>%n candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) match</source>
        <translation>
            <numerusform>%1 candidature sur %n correspond</numerusform>
            <numerusform>%1 candidatures sur %n correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>SecondRound</source>
        <translation>SecondRound</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed. Use File &gt; Save a copy as to make an editable copy.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: rien ne peut être modifié. Utilisez Fichier &gt; Enregistrer une copie sous pour créer une copie modifiable.</translation>
    </message>
    <message>
        <source>Delete the application for %1 at %2? Its stage history is deleted too. Edit &gt; Undo brings it back.</source>
        <translation>Supprimer la candidature au poste %1 chez %2&#xa0;? Son historique des étapes est aussi supprimé. Édition &gt; Annuler la rétablit.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the application for %1 at %2 and its %n interview round(s)? Their people, notes and letters go with them, and the stage history too. Edit &gt; Undo brings it all back.</source>
        <translation>
            <numerusform>Supprimer la candidature au poste %1 chez %2, avec %n entretien&#xa0;? Les personnes, notes et lettres associées sont supprimées aussi, tout comme l’historique des étapes. Édition &gt; Annuler rétablit le tout.</numerusform>
            <numerusform>Supprimer la candidature au poste %1 chez %2, avec %n entretiens&#xa0;? Les personnes, notes et lettres associées sont supprimées aussi, tout comme l’historique des étapes. Édition &gt; Annuler rétablit le tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n applications?</source>
        <translation>
            <numerusform>Supprimer %n candidature&#xa0;?</numerusform>
            <numerusform>Supprimer %n candidatures&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Their stage history is deleted too. Edit &gt; Undo brings them back.</source>
        <translation>%1 Leur historique des étapes est aussi supprimé. Édition &gt; Annuler les rétablit.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Their %n interview round(s), with people, notes and letters, and their stage history are deleted too. Edit &gt; Undo brings it all back.</source>
        <translation>
            <numerusform>%1 Sont aussi supprimés&#xa0;: %n entretien, avec personnes, notes et lettres, et l’historique des étapes. Édition &gt; Annuler rétablit le tout.</numerusform>
            <numerusform>%1 Sont aussi supprimés&#xa0;: %n entretiens, avec personnes, notes et lettres, et l’historique des étapes. Édition &gt; Annuler rétablit le tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete applications</source>
        <translation>Supprimer des candidatures</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation>
            <numerusform>Déplacer %n carte vers «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Déplacer %n cartes vers «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder cards</source>
        <translation>Réordonner les cartes</translation>
    </message>
    <message>
        <source>Add closed stage</source>
        <translation>Ajouter une étape de clôture</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Nom de l’étape&#xa0;:</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <source>The board needs at least one stage.</source>
        <translation>Le tableau doit avoir au moins une étape.</translation>
    </message>
    <message>
        <source>Remove stage “%1”</source>
        <translation>Retirer l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Choose the stage for the %n application(s) now in “%1”:</source>
        <translation>
            <numerusform>Choisissez l’étape pour %n candidature actuellement dans «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
            <numerusform>Choisissez l’étape pour les %n candidatures actuellement dans «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Remove the empty stage “%1”?</source>
        <translation>Retirer l’étape vide «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Modifier la candidature</translation>
    </message>
    <message>
        <source>Move to ne&amp;xt stage</source>
        <translation>Passer à l’étape sui&amp;vante</translation>
    </message>
</context>
<context>
    <name>PracticeChart</name>
    <message>
        <source>Practice chart</source>
        <translation>Graphique d’entraînement</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in the last 30 days</source>
        <translation>
            <numerusform>%n révision sur les 30 derniers jours</numerusform>
            <numerusform>%n révisions sur les 30 derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>sur %n jour</numerusform>
            <numerusform>sur %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 % recalled</source>
        <translation>%1&#xa0;: %2&#xa0;% retrouvées</translation>
    </message>
    <message>
        <source>Reviews per day, last 30 days</source>
        <translation>Révisions par jour, 30 derniers jours</translation>
    </message>
    <message>
        <source>most in a day: %1</source>
        <translation>maximum en un jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recalled, by category</source>
        <translation>Réponses retrouvées, par catégorie</translation>
    </message>
    <message>
        <source>no reviews</source>
        <translation>aucune révision</translation>
    </message>
</context>
<context>
    <name>PracticeCommands</name>
    <message>
        <source>Add question %1</source>
        <translation>Ajouter la question %1</translation>
    </message>
    <message>
        <source>Edit question %1</source>
        <translation>Modifier la question %1</translation>
    </message>
    <message>
        <source>Delete question %1</source>
        <translation>Supprimer la question %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n question(s)</source>
        <translation>
            <numerusform>Supprimer %n question</numerusform>
            <numerusform>Supprimer %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n question(s)</source>
        <translation>
            <numerusform>Importer %n question</numerusform>
            <numerusform>Importer %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate “Again”</source>
        <translation>Noter «&#xa0;À revoir&#xa0;»</translation>
    </message>
    <message>
        <source>Rate “Hard”</source>
        <translation>Noter «&#xa0;Difficile&#xa0;»</translation>
    </message>
    <message>
        <source>Rate “Good”</source>
        <translation>Noter «&#xa0;Bien&#xa0;»</translation>
    </message>
    <message>
        <source>Rate “Easy”</source>
        <translation>Noter «&#xa0;Facile&#xa0;»</translation>
    </message>
    <message>
        <source>Edit story %1</source>
        <translation>Modifier le récit %1</translation>
    </message>
    <message>
        <source>Add story %1</source>
        <translation>Ajouter le récit %1</translation>
    </message>
    <message>
        <source>Delete story %1</source>
        <translation>Supprimer le récit %1</translation>
    </message>
    <message>
        <source>Choose questions to ask</source>
        <translation>Choisir les questions à poser</translation>
    </message>
    <message>
        <source>Link question to application</source>
        <translation>Lier la question à une candidature</translation>
    </message>
    <message>
        <source>Unlink question from application</source>
        <translation>Délier la question de la candidature</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>&amp;New question…</source>
        <translation>&amp;Nouvelle question…</translation>
    </message>
    <message>
        <source>&amp;Edit question…</source>
        <translation>&amp;Modifier la question…</translation>
    </message>
    <message>
        <source>&amp;Delete question</source>
        <translation>&amp;Supprimer la question</translation>
    </message>
    <message>
        <source>New s&amp;tory…</source>
        <translation>Nouveau &amp;récit…</translation>
    </message>
    <message>
        <source>&amp;Start practice</source>
        <translation>&amp;Commencer l’entraînement</translation>
    </message>
    <message>
        <source>&amp;Link to application…</source>
        <translation>&amp;Lier à une candidature…</translation>
    </message>
    <message>
        <source>Questions from a de&amp;brief…</source>
        <translation>Questions d’un &amp;bilan…</translation>
    </message>
    <message>
        <source>Questions to &amp;ask in the round…</source>
        <translation>&amp;Questions à poser pendant l’entretien…</translation>
    </message>
    <message>
        <source>&amp;Find question</source>
        <translation>Rec&amp;hercher une question</translation>
    </message>
    <message>
        <source>Import &amp;questions (CSV)…</source>
        <translation>&amp;Importer (CSV)…</translation>
    </message>
    <message>
        <source>Export q&amp;uestions (CSV)…</source>
        <translation>E&amp;xporter (CSV)…</translation>
    </message>
    <message>
        <source>Export questions for &amp;Anki…</source>
        <translation>Exporter pour &amp;Anki…</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Récits</translation>
    </message>
    <message>
        <source>Readiness and progress</source>
        <translation>Préparation et progrès</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>À réviser</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>Une catégorie</translation>
    </message>
    <message>
        <source>For a round</source>
        <translation>Pour un entretien</translation>
    </message>
    <message>
        <source>At random</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <source> questions</source>
        <translation> questions</translation>
    </message>
    <message>
        <source> s per answer</source>
        <translation> s par réponse</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Search questions, answers and tags (Ctrl+F)</source>
        <translation>Rechercher dans les questions, réponses et étiquettes (Ctrl+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Answer and stories of the chosen question</source>
        <translation>Réponse et récits de la question choisie</translation>
    </message>
    <message>
        <source>Edit story…</source>
        <translation>Modifier le récit…</translation>
    </message>
    <message>
        <source>Delete story</source>
        <translation>Supprimer le récit</translation>
    </message>
    <message>
        <source>How likely you want to be to recall an answer when it falls due. Higher means more practice.</source>
        <translation>La probabilité avec laquelle vous voulez retrouver une réponse quand elle arrive à échéance. Plus elle est élevée, plus il faut s’entraîner.</translation>
    </message>
    <message>
        <source>&amp;Upcoming rounds:</source>
        <translation>Entretiens à &amp;venir&#xa0;:</translation>
    </message>
    <message>
        <source>The question bank could not be read: %1</source>
        <translation>La banque de questions n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Measurable result</source>
        <translation>Résultat mesurable</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>No interview rounds ahead. Link questions to an application to practise toward its rounds.</source>
        <translation>Aucun entretien à venir. Liez des questions à une candidature pour vous entraîner en vue de ses entretiens.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) due</source>
        <translation>
            <numerusform>%n question à réviser</numerusform>
            <numerusform>%n questions à réviser</numerusform>
        </translation>
    </message>
    <message>
        <source>What is due (%1)</source>
        <translation>À réviser (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1, round %2, %3: %4 of %n question(s) ready</source>
        <translation>
            <numerusform>%1, entretien %2, %3&#xa0;: %4 question prête sur %n</numerusform>
            <numerusform>%1, entretien %2, %3&#xa0;: %4 questions prêtes sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No interview rounds ahead.</source>
        <translation>Aucun entretien à venir.</translation>
    </message>
    <message>
        <source>Nothing to practise there right now.</source>
        <translation>Rien à réviser ici pour l’instant.</translation>
    </message>
    <message>
        <source>Choose a question to see your answer and stories.</source>
        <translation>Choisissez une question pour voir votre réponse et vos récits.</translation>
    </message>
    <message>
        <source>Suits: %1</source>
        <translation>Adaptée à&#xa0;: %1</translation>
    </message>
    <message>
        <source>No answer written yet.</source>
        <translation>Aucune réponse écrite pour l’instant.</translation>
    </message>
    <message>
        <source>Stories: %1</source>
        <translation>Récits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asked at: %1</source>
        <translation>Posée chez&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Practised %n time(s); next: %1</source>
        <translation>
            <numerusform>Révisée %n fois&#xa0;; prochaine fois&#xa0;: %1</numerusform>
            <numerusform>Révisée %n fois&#xa0;; prochaine fois&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2, %3:%4</source>
        <translation>%1&#xa0;: %2, %3:%4</translation>
    </message>
    <message>
        <source>forgot: %1</source>
        <translation>oublié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) deleted. Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>%n question supprimée. Édition &gt; Annuler la rétablit.</numerusform>
            <numerusform>%n questions supprimées. Édition &gt; Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>Importer des questions</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n ajoutée, </numerusform>
            <numerusform>%n ajoutées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n déjà présente.</numerusform>
            <numerusform>%n déjà présentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export questions for Anki</source>
        <translation>Exporter les questions pour Anki</translation>
    </message>
    <message>
        <source>Export questions</source>
        <translation>Exporter les questions</translation>
    </message>
    <message>
        <source>questions-anki.txt</source>
        <translation>questions-anki.txt</translation>
    </message>
    <message>
        <source>questions.csv</source>
        <translation>questions.csv</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to %1</source>
        <translation>
            <numerusform>%n question exportée dans %1</numerusform>
            <numerusform>%n questions exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no applications to link to yet.</source>
        <translation>Il n’y a pas encore de candidature à laquelle lier la question.</translation>
    </message>
    <message>
        <source>%1 (linked: choose to unlink)</source>
        <translation>%1 (liée&#xa0;: choisir pour délier)</translation>
    </message>
    <message>
        <source>Link to application</source>
        <translation>Lier à une candidature</translation>
    </message>
    <message>
        <source>The application where this question came up or will matter:</source>
        <translation>La candidature pour laquelle cette question a été posée ou comptera&#xa0;:</translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation>%1, entretien %2</translation>
    </message>
    <message>
        <source>No debrief lists the questions they asked yet. Write them in the round&apos;s notes first.</source>
        <translation>Aucun bilan ne liste encore les questions posées. Notez-les d’abord dans les notes de l’entretien.</translation>
    </message>
    <message numerus="yes">
        <source>%1, round %2: %n question(s)</source>
        <translation>
            <numerusform>%1, entretien %2&#xa0;: %n question</numerusform>
            <numerusform>%1, entretien %2&#xa0;: %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions from a debrief</source>
        <translation>Questions d’un bilan</translation>
    </message>
    <message>
        <source>Add the questions asked in this round to the bank, linked to its application:</source>
        <translation>Ajouter à la banque les questions posées lors de cet entretien, liées à sa candidature&#xa0;:</translation>
    </message>
    <message>
        <source>Add questions from the debrief of %1, round %2</source>
        <translation>Ajouter les questions du bilan de %1, entretien %2</translation>
    </message>
    <message>
        <source>Pr&amp;actise:</source>
        <translation>&amp;S’entraîner&#xa0;:</translation>
    </message>
    <message>
        <source>Desired re&amp;tention:</source>
        <translation>Rétenti&amp;on souhaitée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PracticePrepSheet</name>
    <message>
        <source>For: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stories: %1</source>
        <translation>Récits&#xa0;: %1</translation>
    </message>
    <message>
        <source>No answer prepared yet.</source>
        <translation>Aucune réponse préparée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>PracticeSession</name>
    <message>
        <source>Show answer (Space)</source>
        <translation>Afficher la réponse (Espace)</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Your answer and stories</source>
        <translation>Votre réponse et vos récits</translation>
    </message>
    <message>
        <source>What I forgot (Return goes back to the card)</source>
        <translation>Ce que j’ai oublié (Entrée revient à la carte)</translation>
    </message>
    <message>
        <source>1 Again</source>
        <translation>1 À revoir</translation>
    </message>
    <message>
        <source>2 Hard</source>
        <translation>2 Difficile</translation>
    </message>
    <message>
        <source>3 Good</source>
        <translation>3 Bien</translation>
    </message>
    <message>
        <source>4 Easy</source>
        <translation>4 Facile</translation>
    </message>
    <message>
        <source>End session (Esc)</source>
        <translation>Terminer la séance (Échap)</translation>
    </message>
    <message>
        <source>Back to the bank</source>
        <translation>Retour à la banque</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Time is up %1</source>
        <translation>Temps écoulé %1</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(en pause)</translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation>Reprendre (P)</translation>
    </message>
    <message>
        <source>(No answer written yet.)</source>
        <translation>(Aucune réponse écrite pour l’instant.)</translation>
    </message>
    <message>
        <source>Story: %1</source>
        <translation>Récit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation>Situation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action&#xa0;: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Measurable result: %1</source>
        <translation>Résultat mesurable&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) practised.</source>
        <translation>
            <numerusform>%n question révisée.</numerusform>
            <numerusform>%n questions révisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Again %1 · Hard %2 · Good %3 · Easy %4</source>
        <translation>À revoir %1 · Difficile %2 · Bien %3 · Facile %4</translation>
    </message>
    <message>
        <source>Average time per answer: %1</source>
        <translation>Temps moyen par réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>What you forgot:</source>
        <translation>Ce que vous avez oublié&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PracticeStore</name>
    <message>
        <source>This file is open read-only, so nothing can be changed.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>The practice data could not be read.</source>
        <translation>Les données d’entraînement n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The practice data could not be put back.</source>
        <translation>Les données d’entraînement n’ont pas pu être rétablies.</translation>
    </message>
    <message>
        <source>The desired retention could not be saved.</source>
        <translation>La rétention souhaitée n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Écrivez la question.</translation>
    </message>
    <message>
        <source>The question is longer than %1 characters.</source>
        <translation>La question dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation>La réponse dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <source>Choose who the question suits.</source>
        <translation>Choisissez à qui la question est adaptée.</translation>
    </message>
    <message>
        <source>Give the story a title.</source>
        <translation>Donnez un titre au récit.</translation>
    </message>
    <message>
        <source>The story is too long.</source>
        <translation>Le récit est trop long.</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>La question n’existe plus.</translation>
    </message>
    <message>
        <source>The linked stories could not be saved.</source>
        <translation>Les récits liés n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>The question could not be added.</source>
        <translation>La question n’a pas pu être ajoutée.</translation>
    </message>
    <message>
        <source>The question could not be saved.</source>
        <translation>La question n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The question could not be deleted.</source>
        <translation>La question n’a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>The question could not be put back.</source>
        <translation>La question n’a pas pu être rétablie.</translation>
    </message>
    <message>
        <source>The question could not be linked to the application.</source>
        <translation>La question n’a pas pu être liée à la candidature.</translation>
    </message>
    <message>
        <source>The link could not be removed.</source>
        <translation>Le lien n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (entretien %2)</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>Le récit n’existe plus.</translation>
    </message>
    <message>
        <source>The story could not be added.</source>
        <translation>Le récit n’a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>The story could not be saved.</source>
        <translation>Le récit n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The story could not be deleted.</source>
        <translation>Le récit n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The story could not be put back.</source>
        <translation>Le récit n’a pas pu être rétabli.</translation>
    </message>
    <message>
        <source>The rating could not be saved.</source>
        <translation>L’évaluation n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The rating could not be undone.</source>
        <translation>L’évaluation n’a pas pu être annulée.</translation>
    </message>
    <message>
        <source>The practice queue could not be read.</source>
        <translation>La file d’entraînement n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The questions for the round could not be saved.</source>
        <translation>Les questions de l’entretien n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>The review history could not be read.</source>
        <translation>L’historique des révisions n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Line %1 could not be imported.</source>
        <translation>La ligne %1 n’a pas pu être importée.</translation>
    </message>
</context>
<context>
    <name>PracticeTab</name>
    <message>
        <source>Export q&amp;uestions (CSV)…</source>
        <translation>Exporter les questions (CS&amp;V)…</translation>
    </message>
    <message>
        <source>Export questions for &amp;Anki…</source>
        <translation>Exporter les questions pour &amp;Anki…</translation>
    </message>
    <message>
        <source>P&amp;ractice</source>
        <translation>En&amp;traînement</translation>
    </message>
    <message>
        <source>Pract&amp;ice</source>
        <translation>Entraîne&amp;ment</translation>
    </message>
    <message>
        <source>Import que&amp;stions (CSV)…</source>
        <translation>Importer des question&amp;s (CSV)…</translation>
    </message>
</context>
<context>
    <name>PrepSheetDocument</name>
    <message>
        <source>Prep sheet: %1</source>
        <translation>Fiche de préparation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PrepSheetLoader</name>
    <message>
        <source>No interview round is scheduled ahead.</source>
        <translation>Aucun entretien n’est prévu.</translation>
    </message>
    <message>
        <source>There is no round %1.</source>
        <translation>Il n’y a pas d’entretien %1.</translation>
    </message>
    <message>
        <source>Round %1 belongs to an archived application; bring the application back from the archive first.</source>
        <translation>L’entretien %1 appartient à une candidature archivée&#xa0;; sortez d’abord la candidature des archives.</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Entretien %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Quand et où</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, de %2 à %3 (%4)</translation>
    </message>
    <message>
        <source>Your time: %1, %2 to %3</source>
        <translation>Votre heure&#xa0;: %1, de %2 à %3</translation>
    </message>
    <message>
        <source>Duration: %1 minutes</source>
        <translation>Durée&#xa0;: %1 minutes</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Où&#xa0;: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who will be there</source>
        <translation>Qui sera présent</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nobody listed yet: ask who will attend, and add them to the round. Each person starts from zero.</source>
        <translation>Personne n’est encore indiqué&#xa0;: demandez qui sera présent et ajoutez ces personnes à l’entretien. Chacune part de zéro.</translation>
    </message>
    <message>
        <source>Why this round</source>
        <translation>Pourquoi cet entretien</translation>
    </message>
    <message>
        <source>Left open by earlier rounds</source>
        <translation>En suspens depuis les entretiens précédents</translation>
    </message>
    <message>
        <source>Round %1, %2: %3</source>
        <translation>Entretien %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing open: every weak answer, concern and clue is dealt with.</source>
        <translation>Rien en suspens&#xa0;: chaque réponse faible, réserve et indice a été traité.</translation>
    </message>
    <message>
        <source>This is the first round: nothing to carry over yet.</source>
        <translation>C’est le premier entretien&#xa0;: rien à reprendre pour l’instant.</translation>
    </message>
    <message>
        <source>What I want them to remember</source>
        <translation>Ce que je veux qu’ils retiennent</translation>
    </message>
    <message>
        <source>Requirement and my evidence: %1</source>
        <translation>Exigence et ma preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add your selling points and the job&apos;s key requirements with your evidence in the plan.</source>
        <translation>Ajoutez dans le plan vos atouts et les principales exigences du poste, avec vos preuves.</translation>
    </message>
    <message>
        <source>Likely questions</source>
        <translation>Questions probables</translation>
    </message>
    <message>
        <source>Asked in round %1</source>
        <translation>Posée lors de l’entretien %1</translation>
    </message>
    <message>
        <source>Questions from earlier debriefs and your practised answers appear here.</source>
        <translation>Les questions des bilans précédents et vos réponses travaillées apparaissent ici.</translation>
    </message>
    <message>
        <source>Questions to ask them</source>
        <translation>Questions à leur poser</translation>
    </message>
    <message>
        <source>Prepare at least three: about the team, the work, its challenges, and at the end the next steps.</source>
        <translation>Préparez-en au moins trois&#xa0;: sur l’équipe, le travail, ses défis, et à la fin sur les étapes suivantes.</translation>
    </message>
    <message>
        <source>Write your questions in the plan, one per line.</source>
        <translation>Écrivez vos questions dans le plan, une par ligne.</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Walk-away: %1</source>
        <translation>Minimum acceptable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decide your target and the least you would accept, with the market range as evidence.</source>
        <translation>Fixez votre objectif et le minimum que vous accepteriez, en vous appuyant sur la fourchette du marché.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>After the round</source>
        <translation>Après l’entretien</translation>
    </message>
    <message>
        <source>Thank-you note to %1, within a day</source>
        <translation>Mot de remerciement à %1, sous un jour</translation>
    </message>
    <message>
        <source>A short thank-you note to each person you met, within a day</source>
        <translation>Un court mot de remerciement à chaque personne rencontrée, sous un jour</translation>
    </message>
    <message>
        <source>Ask about the next steps and when they will decide</source>
        <translation>Demander quelles sont les étapes suivantes et quand la décision sera prise</translation>
    </message>
    <message>
        <source>Write the debrief while it is fresh</source>
        <translation>Rédiger le bilan tant que c’est frais</translation>
    </message>
</context>
<context>
    <name>PrepSheetPdf</name>
    <message>
        <source>No file name was given for the prep sheet.</source>
        <translation>Aucun nom de fichier n’a été indiqué pour la fiche de préparation.</translation>
    </message>
    <message>
        <source>The prep sheet could not be written to “%1”: %2</source>
        <translation>La fiche de préparation n’a pas pu être écrite dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The prep sheet could not be drawn.</source>
        <translation>La fiche de préparation n’a pas pu être dessinée.</translation>
    </message>
</context>
<context>
    <name>PrepSheetPreview</name>
    <message>
        <source>Prep sheet</source>
        <translation>Fiche de préparation</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>You have typed into this form. Close it and lose what you typed?</source>
        <translation>Vous avez saisi du texte dans ce formulaire. Le fermer et perdre ce que vous avez saisi&#xa0;?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>Line %1 of the question bank names an unknown category.</source>
        <translation>La ligne %1 de la banque de questions indique une catégorie inconnue.</translation>
    </message>
    <message>
        <source>Line %1 of the question bank comes before any category.</source>
        <translation>La ligne %1 de la banque de questions précède toute catégorie.</translation>
    </message>
    <message>
        <source>The question bank could not be read.</source>
        <translation>La banque de questions n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The question bank could not be added to the file.</source>
        <translation>La banque de questions n’a pas pu être ajoutée au fichier.</translation>
    </message>
</context>
<context>
    <name>QuestionBankProxy</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>À réviser</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Next practice</source>
        <translation>Révision</translation>
    </message>
</context>
<context>
    <name>QuestionCategory</name>
    <message>
        <source>About you and motivation</source>
        <translation>Vous et votre motivation</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Role and skills</source>
        <translation>Poste et compétences</translation>
    </message>
    <message>
        <source>Company and culture fit</source>
        <translation>Entreprise et culture</translation>
    </message>
    <message>
        <source>Second and final rounds</source>
        <translation>Deuxièmes et derniers entretiens</translation>
    </message>
    <message>
        <source>Salary and logistics</source>
        <translation>Salaire et logistique</translation>
    </message>
    <message>
        <source>Curveballs</source>
        <translation>Questions pièges</translation>
    </message>
    <message>
        <source>Questions to ask them</source>
        <translation>Questions à leur poser</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout interlocuteur</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Futur manager</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Direction</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>Your answer: short, concrete, ending with the result.</source>
        <translation>Votre réponse&#xa0;: courte, concrète, se terminant par le résultat.</translation>
    </message>
    <message>
        <source>Separate tags with ;</source>
        <translation>Séparez les étiquettes par&#xa0;;</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Suits:</source>
        <translation>&amp;Adaptée à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;ories:</source>
        <translation>Réc&amp;its&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuestionFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a question file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de questions.</translation>
    </message>
    <message>
        <source>“%1” is larger than 5 MiB; a question file is far smaller. Nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 5 Mio&#xa0;; un fichier de questions est bien plus petit. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was not imported. %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé. %2</translation>
    </message>
    <message>
        <source>The file is larger than 5 MiB.</source>
        <translation>Le fichier dépasse 5 Mio.</translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation>Ce n’est pas un fichier texte.</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Ligne %1&#xa0;: le fichier n’est pas du texte UTF-8. Enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>Line 1: the file is empty; it needs the header question,category,answer,tags.</source>
        <translation>Ligne 1&#xa0;: le fichier est vide&#xa0;; il lui faut l’en-tête question,category,answer,tags.</translation>
    </message>
    <message>
        <source>Line %1: the first line must be the header question,category,answer,tags.</source>
        <translation>Ligne %1&#xa0;: la première ligne doit être l’en-tête question,category,answer,tags.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields instead of 4 (question, category, answer, tags).</source>
        <translation>Ligne %1&#xa0;: %2 champs au lieu de 4 (question, category, answer, tags).</translation>
    </message>
    <message>
        <source>Line %1: the question is empty.</source>
        <translation>Ligne %1&#xa0;: la question est vide.</translation>
    </message>
    <message>
        <source>Line %1: the question is longer than %2 characters.</source>
        <translation>Ligne %1&#xa0;: la question dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>Line %1: the answer is longer than %2 characters.</source>
        <translation>Ligne %1&#xa0;: la réponse dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 tags.</source>
        <translation>Ligne %1&#xa0;: plus de %2 étiquettes.</translation>
    </message>
    <message>
        <source>Line %1: a tag is longer than %2 characters.</source>
        <translation>Ligne %1&#xa0;: une étiquette dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a category. Use one of: %3.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une catégorie. Utilisez l’une de celles-ci&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier où exporter.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Choisissez un nom de fichier dans ce dossier.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 at %2 starts at %3 — %4.</source>
        <translation>L’entretien %1 chez %2 commence à %3 — %4.</translation>
    </message>
    <message>
        <source>Round %1 at %2 (%3) starts at %4 — %5.</source>
        <extracomment>Reminder: round number, company, role, start time, how long from now</extracomment>
        <translation>L’entretien %1 chez %2 (%3) commence à %4 — %5.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A start on another day: &quot;Tue 24 Nov at 09:00&quot;</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Round %1 at %2 starts on %3 — %4.</source>
        <translation>L’entretien %1 chez %2 commence le %3 — %4.</translation>
    </message>
    <message>
        <source>Round %1 at %2 (%3) starts on %4 — %5.</source>
        <translation>L’entretien %1 chez %2 (%3) commence le %4 — %5.</translation>
    </message>
    <message>
        <source>Interview soon</source>
        <translation>Entretien imminent</translation>
    </message>
</context>
<context>
    <name>RemoveApplicationsCommand</name>
    <message numerus="yes">
        <source>Archive %n application(s)</source>
        <translation>
            <numerusform>Archiver %n candidature</numerusform>
            <numerusform>Archiver %n candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n application(s)</source>
        <translation>
            <numerusform>Supprimer %n candidature</numerusform>
            <numerusform>Supprimer %n candidatures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>&amp;Schedule round…</source>
        <translation>P&amp;lanifier un entretien…</translation>
    </message>
    <message>
        <source>Interview &amp;rounds…</source>
        <translation>&amp;Entretiens…</translation>
    </message>
    <message>
        <source>Interview rounds</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Select an application on the pipeline board first.</source>
        <translation>Sélectionnez d’abord une candidature sur le tableau de suivi.</translation>
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
        <translation>Ajoutez d’abord une candidature sur le tableau de suivi&#xa0;; chaque entretien appartient à une candidature.</translation>
    </message>
    <message>
        <source>New interview round</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Which application is the round for?</source>
        <translation>Pour quelle candidature est cet entretien&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RoundAgendaModel</name>
    <message>
        <source>Those days cannot be shown.</source>
        <translation>Ces jours ne peuvent pas être affichés.</translation>
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
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Où&#xa0;: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>%1 — ce qui lui importe&#xa0;: %2</translation>
    </message>
    <message>
        <source>Round %1: %2 — %3 at %4</source>
        <translation>Entretien %1&#xa0;: %2 — %3 chez %4</translation>
    </message>
    <message>
        <source>Time: %1, %2 (%3)</source>
        <translation>Horaire&#xa0;: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Meeting link: %1</source>
        <translation>Lien de la réunion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who will attend: not known yet — ask</source>
        <translation>Qui sera présent&#xa0;: pas encore connu — demandez-le</translation>
    </message>
    <message>
        <source>Who will attend:</source>
        <translation>Qui sera présent&#xa0;:</translation>
    </message>
    <message>
        <source>Why this round: %1</source>
        <translation>Pourquoi cet entretien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Before the interview:</source>
        <translation>Avant l’entretien&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier où exporter.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Choisissez un nom de fichier dans ce dossier.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>There are no scheduled rounds ahead to export, so no file was written.</source>
        <translation>Aucun entretien prévu à exporter&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>RoundCalendarImport</name>
    <message>
        <source>The file has no stages to put a new application in.</source>
        <translation>Le fichier n’a aucune étape où placer une nouvelle candidature.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>“%1” spans %2 days; it was set to its first day at %3 for %4 hours. Change the time if you know it.</source>
        <translation>«&#xa0;%1&#xa0;» s’étend sur %2 jours&#xa0;; il a été placé le premier jour à %3 pour %4 heures. Modifiez l’heure si vous la connaissez.</translation>
    </message>
    <message>
        <source>“%1” is a whole-day event; it was set to %2 for %3 hours. Change the time if you know it.</source>
        <translation>«&#xa0;%1&#xa0;» dure toute la journée&#xa0;; il a été placé à %2 pour %3 heures. Modifiez l’heure si vous la connaissez.</translation>
    </message>
    <message>
        <source>“%1” was given in a time zone without a name (%2); it keeps its time and is shown in your time zone, %3.</source>
        <translation>«&#xa0;%1&#xa0;» est indiqué dans un fuseau horaire sans nom (%2)&#xa0;; il garde son heure et s’affiche dans votre fuseau horaire, %3.</translation>
    </message>
    <message>
        <source>“%1” lasts less than %2 minutes in the calendar; it was stored as %2 minutes.</source>
        <translation>«&#xa0;%1&#xa0;» dure moins de %2 minutes dans l’agenda&#xa0;; il a été enregistré avec %2 minutes.</translation>
    </message>
    <message>
        <source>“%1” lasts %2 minutes in the calendar; a round lasts at most %3 minutes, so it was stored as %3 minutes.</source>
        <translation>«&#xa0;%1&#xa0;» dure %2 minutes dans l’agenda&#xa0;; un entretien dure au plus %3 minutes, il a donc été enregistré avec %3 minutes.</translation>
    </message>
    <message>
        <source>The location of “%1” was shortened to %2 characters.</source>
        <translation>Le lieu de «&#xa0;%1&#xa0;» a été raccourci à %2 caractères.</translation>
    </message>
    <message>
        <source>“%1” repeats; only its first occurrence was imported.</source>
        <translation>«&#xa0;%1&#xa0;» est récurrent&#xa0;; seule sa première occurrence a été importée.</translation>
    </message>
    <message>
        <source>Invisible control characters (such as text direction overrides) were removed from the title, place or names of “%1”.</source>
        <translation>Des caractères de contrôle invisibles (comme des forçages du sens d’écriture) ont été supprimés du titre, du lieu ou des noms de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no application with the id %1.</source>
        <translation>Il n’y a aucune candidature avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>Choose at least one event to import.</source>
        <translation>Choisissez au moins un événement à importer.</translation>
    </message>
    <message>
        <source>Nothing was imported, because “%1” cannot be stored as a round: %2</source>
        <translation>Rien n’a été importé, car «&#xa0;%1&#xa0;» ne peut pas être enregistré comme entretien&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no application with the id %1. Nothing was imported.</source>
        <translation>Il n’y a aucune candidature avec l’identifiant %1. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported, because “%1” could not be stored: %2</source>
        <translation>Rien n’a été importé, car «&#xa0;%1&#xa0;» n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The person “%1” could not be saved: %2</source>
        <translation>La personne «&#xa0;%1&#xa0;» n’a pas pu être enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The imported rounds could not be put back.</source>
        <translation>Les entretiens importés n’ont pas pu être rétablis.</translation>
    </message>
</context>
<context>
    <name>RoundCatalog</name>
    <message>
        <source>Phone screen</source>
        <translation>Entretien téléphonique</translation>
    </message>
    <message>
        <source>Video interview</source>
        <translation>Entretien vidéo</translation>
    </message>
    <message>
        <source>Technical interview</source>
        <translation>Entretien technique</translation>
    </message>
    <message>
        <source>Behavioural interview</source>
        <translation>Entretien comportemental</translation>
    </message>
    <message>
        <source>HR interview</source>
        <translation>Entretien RH</translation>
    </message>
    <message>
        <source>Panel interview</source>
        <translation>Entretien avec un jury</translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation>Visite sur place</translation>
    </message>
    <message>
        <source>Final interview</source>
        <translation>Entretien final</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Non honoré</translation>
    </message>
    <message>
        <source>Their usual multi-step process</source>
        <translation>Leur processus habituel en plusieurs étapes</translation>
    </message>
    <message>
        <source>Choosing between finalists</source>
        <translation>Choix entre finalistes</translation>
    </message>
    <message>
        <source>Testing fit with the team and culture</source>
        <translation>Test de l’adéquation avec l’équipe et la culture</translation>
    </message>
    <message>
        <source>A senior manager or the team must approve</source>
        <translation>Un cadre dirigeant ou l’équipe doit donner son accord</translation>
    </message>
    <message>
        <source>Clearing up a doubt from an earlier round</source>
        <translation>Lever un doute d’un entretien précédent</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>The first round was probably a screen. Expect deeper questions on the role itself and stories that show how you work.</source>
        <translation>Le premier entretien était sans doute une présélection. Attendez-vous à des questions plus poussées sur le poste lui-même et à devoir raconter des exemples qui montrent comment vous travaillez.</translation>
    </message>
    <message>
        <source>You are being compared. Be ready to say what you can do from day one that the other finalists cannot, with one or two concrete results.</source>
        <translation>On vous compare. Préparez-vous à dire ce que vous pouvez apporter dès le premier jour et que les autres finalistes ne peuvent pas, avec un ou deux résultats concrets.</translation>
    </message>
    <message>
        <source>Your skills are accepted; now they want to know how you work with people. Prepare stories about collaboration and conflict, and ask about the team&apos;s habits.</source>
        <translation>Vos compétences sont acquises&#xa0;; on veut maintenant savoir comment vous travaillez avec les autres. Préparez des récits sur la collaboration et les conflits, et renseignez-vous sur les habitudes de l’équipe.</translation>
    </message>
    <message>
        <source>New people decide now, and each starts from zero. Restate your strongest points briefly and connect them to what this person is responsible for.</source>
        <translation>De nouvelles personnes décident maintenant, et chacune part de zéro. Rappelez brièvement vos points forts et reliez-les aux responsabilités de chaque personne.</translation>
    </message>
    <message>
        <source>Something left a question open. Look at your notes for weak answers or concerns, and prepare a short, honest answer that settles it.</source>
        <translation>Une question est restée ouverte. Cherchez dans vos notes les réponses faibles ou les réserves, et préparez une réponse courte et honnête qui la règle.</translation>
    </message>
    <message>
        <source>Ask the recruiter what this round is for and who will be there; it changes how to prepare.</source>
        <translation>Demandez au recruteur à quoi sert cet entretien et qui sera présent&#xa0;: votre préparation en dépend.</translation>
    </message>
    <message>
        <source>Ask who will attend</source>
        <translation>Demander qui sera présent</translation>
    </message>
    <message>
        <source>Review the notes from the previous round</source>
        <translation>Relire les notes de l’entretien précédent</translation>
    </message>
    <message>
        <source>Prepare three or four questions to ask them</source>
        <translation>Préparer trois ou quatre questions à leur poser</translation>
    </message>
    <message>
        <source>Know your salary target and walk-away figure</source>
        <translation>Connaître son objectif de salaire et son minimum acceptable</translation>
    </message>
    <message>
        <source>Arrive (or log in) ten minutes early with copies of your resume</source>
        <translation>Arriver (ou se connecter) dix minutes en avance avec des copies de son CV</translation>
    </message>
    <message>
        <source>Afterwards: a short thank-you note to each person, within a day</source>
        <translation>Ensuite&#xa0;: un court mot de remerciement à chaque personne, sous un jour</translation>
    </message>
</context>
<context>
    <name>RoundCommands</name>
    <message>
        <source>Round %1 at %2</source>
        <translation>l’entretien %1 chez %2</translation>
    </message>
    <message>
        <source>Add round “%1”</source>
        <translation>Ajouter l’entretien «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>interview round</source>
        <translation>l’entretien</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Change who attends %1</source>
        <translation>Modifier qui participe à %1</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Choose a date</source>
        <translation>À choisir</translation>
    </message>
    <message>
        <source>New interview round</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Quand et où</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>&amp;à</translation>
    </message>
    <message>
        <source>The zone&apos;s offset from UTC on the chosen day</source>
        <translation>Le décalage du fuseau par rapport à UTC le jour choisi</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Address, floor, who to ask for at reception</source>
        <translation>Adresse, étage, qui demander à l’accueil</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meeting link:</source>
        <translation>Lien de la &amp;réunion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Why and who</source>
        <translation>Pourquoi et qui</translation>
    </message>
    <message>
        <source>Why they asked for this &amp;round:</source>
        <translation>Raison de cet &amp;entretien&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;ho will be there:</source>
        <translation>Qui sera &amp;présent&#xa0;:</translation>
    </message>
    <message>
        <source>Later rounds bring new people, and each starts from zero. Knowing who comes lets you prepare for each of them.</source>
        <translation>Les entretiens suivants font intervenir de nouvelles personnes, et chacune part de zéro. Savoir qui vient vous permet de vous préparer pour chacune.</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Ajouter une perso&amp;nne…</translation>
    </message>
    <message>
        <source>How it went, the next step and when they will decide.</source>
        <translation>Comment ça s’est passé, l’étape suivante et quand la décision sera prise.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n’est ouvert.</translation>
    </message>
    <message>
        <source>Edit %1 at %2</source>
        <translation>Modifier&#xa0;: %1 chez %2</translation>
    </message>
    <message>
        <source>That is %1 your time</source>
        <translation>Soit %1 à votre heure</translation>
    </message>
    <message>
        <source>That is %1 on %2 your time</source>
        <translation>Soit %1 le %2 à votre heure</translation>
    </message>
    <message>
        <source>Overlaps %1 at %2, %3</source>
        <translation>Chevauche&#xa0;: %1 chez %2, %3</translation>
    </message>
    <message>
        <source>Choose the day of the interview.</source>
        <translation>Choisissez le jour de l’entretien.</translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>S&amp;upprimer la personne…</translation>
    </message>
</context>
<context>
    <name>RoundFormat</name>
    <message>
        <source>Round %1</source>
        <translation>Entretien %1</translation>
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
        <translation>Demander qui sera présent</translation>
    </message>
</context>
<context>
    <name>RoundQuestionsDialog</name>
    <message>
        <source>Questions to ask</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <source>Questions to ask in %1 (at least three):</source>
        <translation>Questions à poser — %1 (au moins trois)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n choisie</numerusform>
            <numerusform>%n choisies</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare at least three</source>
        <translation>préparez-en au moins trois</translation>
    </message>
</context>
<context>
    <name>RoundScheduler</name>
    <message>
        <source>Schedule round</source>
        <translation>Planifier un entretien</translation>
    </message>
    <message>
        <source>The application for %1 at %2 now has an interview round. Move it to “%3” as well?</source>
        <translation>La candidature au poste %1 chez %2 a maintenant un entretien. La déplacer aussi vers «&#xa0;%3&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>Déplacer vers «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RoundStore</name>
    <message>
        <source>The interview rounds could not be read.</source>
        <translation>Les entretiens n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The people in the rounds could not be read.</source>
        <translation>Les personnes des entretiens n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The interview round no longer exists.</source>
        <translation>L’entretien n’existe plus.</translation>
    </message>
    <message>
        <source>The people in the round could not be saved.</source>
        <translation>Les personnes de l’entretien n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>Only people from the application&apos;s company can be listed for its rounds.</source>
        <translation>Seules des personnes de l’entreprise de la candidature peuvent être indiquées pour ses entretiens.</translation>
    </message>
    <message>
        <source>The interview round could not be saved.</source>
        <translation>L’entretien n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>That time does not exist in the round&apos;s time zone.</source>
        <translation>Cette heure n’existe pas dans le fuseau horaire de l’entretien.</translation>
    </message>
    <message>
        <source>The interview round could not be moved.</source>
        <translation>L’entretien n’a pas pu être déplacé.</translation>
    </message>
    <message>
        <source>The interview round could not be deleted.</source>
        <translation>L’entretien n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The interview round could not be put back.</source>
        <translation>L’entretien n’a pas pu être rétabli.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Le nom est trop long (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>Names, titles, addresses and numbers are one line without invisible control characters.</source>
        <translation>Les noms, fonctions, adresses et numéros tiennent sur une ligne, sans caractères de contrôle invisibles.</translation>
    </message>
    <message>
        <source>The email address does not look right (name@example.com).</source>
        <translation>L’adresse e-mail semble incorrecte (nom@example.com).</translation>
    </message>
    <message>
        <source>The profile link must be a web address starting with http:// or https://.</source>
        <translation>Le lien du profil doit être une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>The person could not be read.</source>
        <translation>La personne n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>La personne n’existe plus.</translation>
    </message>
    <message>
        <source>The people could not be read.</source>
        <translation>Les personnes n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The application could not be read.</source>
        <translation>La candidature n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>La candidature n’existe plus.</translation>
    </message>
    <message>
        <source>The person could not be saved.</source>
        <translation>La personne n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The person could not be deleted.</source>
        <translation>La personne n’a pas pu être supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>This person is still listed in %n round(s). Remove them from there first.</source>
        <translation>
            <numerusform>Cette personne est encore indiquée dans %n entretien. Retirez-la d’abord de celui-ci.</numerusform>
            <numerusform>Cette personne est encore indiquée dans %n entretiens. Retirez-la d’abord de ceux-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person could not be put back.</source>
        <translation>La personne n’a pas pu être rétablie.</translation>
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
        <translation>Entretien %1 · %2</translation>
    </message>
    <message>
        <source>Ask who will attend</source>
        <translation>Demander qui sera présent</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>RoundValidator</name>
    <message>
        <source>Choose the time zone the interview is in.</source>
        <translation>Choisissez le fuseau horaire de l’entretien.</translation>
    </message>
    <message>
        <source>Enter a start date and time that exists in that time zone (clocks may change that night).</source>
        <translation>Saisissez une date et une heure de début qui existent dans ce fuseau horaire (il peut y avoir un changement d’heure cette nuit-là).</translation>
    </message>
    <message>
        <source>The duration must be between %1 and %2 minutes.</source>
        <translation>La durée doit être comprise entre %1 et %2 minutes.</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; the location is one line.</source>
        <translation>Supprimez les retours à la ligne et les caractères de contrôle invisibles&#xa0;; le lieu tient sur une ligne.</translation>
    </message>
    <message>
        <source>The location is too long (at most 300 characters).</source>
        <translation>Le lieu est trop long (300 caractères au maximum).</translation>
    </message>
    <message>
        <source>The meeting link must be a web address starting with http:// or https://.</source>
        <translation>Le lien de la réunion doit être une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>The outcome is too long (at most 20,000 characters).</source>
        <translation>L’issue est trop longue (20&#xa0;000 caractères au maximum).</translation>
    </message>
</context>
<context>
    <name>SalaryCommand</name>
    <message>
        <source>Set salary figures</source>
        <translation>Définir les montants de salaire</translation>
    </message>
</context>
<context>
    <name>SalaryReading</name>
    <message>
        <source>“%1” is not a currency; use a three-letter code such as EUR, USD or GBP.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une devise&#xa0;; utilisez un code de trois lettres comme EUR, USD ou GBP.</translation>
    </message>
    <message>
        <source>“%1” is not a salary; write it like 70000, 70.000 €, €70,000–80,000 or 70k-80k.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un salaire&#xa0;; écrivez-le comme 70000, 70.000 €, €70,000–80,000 ou 70k-80k.</translation>
    </message>
    <message>
        <source>“%1” names more than one currency.</source>
        <translation>«&#xa0;%1&#xa0;» indique plusieurs devises.</translation>
    </message>
    <message>
        <source>“%1” is a range; this column holds one amount.</source>
        <translation>«&#xa0;%1&#xa0;» est une fourchette&#xa0;; cette colonne contient un seul montant.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message numerus="yes">
        <source>Sample data is only added to an empty file, and this one already has %n application(s).</source>
        <translation>
            <numerusform>Les données d’exemple ne s’ajoutent qu’à un fichier vide, et celui-ci contient déjà %n candidature.</numerusform>
            <numerusform>Les données d’exemple ne s’ajoutent qu’à un fichier vide, et celui-ci contient déjà %n candidatures.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no open stage to put applications in.</source>
        <translation>Le fichier n’a aucune étape ouverte où placer des candidatures.</translation>
    </message>
    <message>
        <source>The sample data could not be added.</source>
        <translation>Les données d’exemple n’ont pas pu être ajoutées.</translation>
    </message>
    <message>
        <source>Build and run services for a growing product team.</source>
        <translation>Concevoir et exploiter des services pour une équipe produit en croissance.</translation>
    </message>
    <message>
        <source>Went well; they asked for a concrete example of leading a project.</source>
        <translation>Bien passé&#xa0;; ils ont demandé un exemple concret de conduite de projet.</translation>
    </message>
    <message>
        <source>Backend engineer</source>
        <translation>Ingénieur backend</translation>
    </message>
    <message>
        <source>Product designer</source>
        <translation>Designer produit</translation>
    </message>
    <message>
        <source>Data analyst</source>
        <translation>Analyste de données</translation>
    </message>
    <message>
        <source>Engineering manager</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Frontend developer</source>
        <translation>Développeur frontend</translation>
    </message>
    <message>
        <source>QA engineer</source>
        <translation>Ingénieur QA</translation>
    </message>
    <message>
        <source>Site reliability engineer</source>
        <translation>Ingénieur SRE</translation>
    </message>
    <message>
        <source>Product manager</source>
        <translation>Chef de produit</translation>
    </message>
    <message>
        <source>Data scientist</source>
        <translation>Data scientist</translation>
    </message>
    <message>
        <source>Technical writer</source>
        <translation>Rédacteur technique</translation>
    </message>
    <message>
        <source>Mobile developer</source>
        <translation>Développeur mobile</translation>
    </message>
    <message>
        <source>Security engineer</source>
        <translation>Ingénieur sécurité</translation>
    </message>
    <message>
        <source>Solutions architect</source>
        <translation>Architecte de solutions</translation>
    </message>
    <message>
        <source>UX researcher</source>
        <translation>Chercheur UX</translation>
    </message>
    <message>
        <source>Platform engineer</source>
        <translation>Ingénieur plateforme</translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation>Berlin</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Télétravail</translation>
    </message>
    <message>
        <source>Hamburg (hybrid)</source>
        <translation>Hambourg (hybride)</translation>
    </message>
    <message>
        <source>Munich</source>
        <translation>Munich</translation>
    </message>
    <message>
        <source>Amsterdam</source>
        <translation>Amsterdam</translation>
    </message>
    <message>
        <source>London</source>
        <translation>Londres</translation>
    </message>
    <message>
        <source>Vienna</source>
        <translation>Vienne</translation>
    </message>
    <message>
        <source>Zurich</source>
        <translation>Zurich</translation>
    </message>
    <message>
        <source>Remote (EU)</source>
        <translation>Télétravail (UE)</translation>
    </message>
    <message>
        <source>Cologne</source>
        <translation>Cologne</translation>
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
        <translation>Site de l’entreprise</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Site d’emploi</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <source>Head of product</source>
        <translation>Directeur produit</translation>
    </message>
    <message>
        <source>Senior engineer</source>
        <translation>Ingénieur senior</translation>
    </message>
    <message>
        <source>HR business partner</source>
        <translation>Responsable RH</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>Directeur technique</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Chef d’équipe</translation>
    </message>
    <message>
        <source>Ownership and clear communication.</source>
        <translation>Sens des responsabilités et communication claire.</translation>
    </message>
    <message>
        <source>How you handle disagreement in reviews.</source>
        <translation>Votre façon de gérer les désaccords lors des revues.</translation>
    </message>
    <message>
        <source>Depth in one area, curiosity for the rest.</source>
        <translation>Expertise dans un domaine, curiosité pour le reste.</translation>
    </message>
    <message>
        <source>Salary expectations and notice period.</source>
        <translation>Prétentions salariales et préavis.</translation>
    </message>
    <message>
        <source>Whether you can mentor juniors.</source>
        <translation>Votre capacité à accompagner des juniors.</translation>
    </message>
    <message>
        <source>Delivery under changing priorities.</source>
        <translation>Livrer malgré des priorités changeantes.</translation>
    </message>
    <message>
        <source>Team of six, product-led.</source>
        <translation>Équipe de six, pilotée par le produit.</translation>
    </message>
    <message>
        <source>Recruiter mentioned a take-home task.</source>
        <translation>Le recruteur a parlé d’un exercice à faire chez soi.</translation>
    </message>
    <message>
        <source>Strong mentoring culture, ask about the on-call rota.</source>
        <translation>Forte culture du mentorat&#xa0;; se renseigner sur le planning d’astreinte.</translation>
    </message>
    <message>
        <source>Salary band published in the ad.</source>
        <translation>Fourchette de salaire publiée dans l’annonce.</translation>
    </message>
    <message>
        <source>Met the lead at a conference.</source>
        <translation>Rencontré le responsable lors d’une conférence.</translation>
    </message>
    <message>
        <source>Follow up about the visa question.</source>
        <translation>Relancer au sujet du visa.</translation>
    </message>
</context>
<context>
    <name>SingleLineValidator</name>
    <message>
        <source>Line breaks and invisible control characters (such as text direction overrides) were removed; this field holds one line of visible text.</source>
        <translation>Les retours à la ligne et les caractères de contrôle invisibles (comme des forçages du sens d’écriture) ont été supprimés&#xa0;; ce champ contient une ligne de texte visible.</translation>
    </message>
</context>
<context>
    <name>SpeakingTime</name>
    <message numerus="yes">
        <source>%n word(s), about %1 to say</source>
        <translation>
            <numerusform>%n mot, environ %1 à l’oral</numerusform>
            <numerusform>%n mots, environ %1 à l’oral</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <source>short: a full answer takes 1:30 to 3:00</source>
        <translation>court&#xa0;: une réponse complète prend de 1:30 à 3:00</translation>
    </message>
    <message>
        <source>too long: aim for at most 3:00</source>
        <translation>trop long&#xa0;: visez 3:00 au maximum</translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <source>Import app&amp;lications…</source>
        <translation>Importer des candidat&amp;ures…</translation>
    </message>
    <message>
        <source>E&amp;xport applications…</source>
        <translation>E&amp;xporter les candidatures…</translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Exports de tableur (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importer des candidatures</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be imported into it.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: rien ne peut y être importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n ajoutée, </numerusform>
            <numerusform>%n ajoutées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présente</numerusform>
            <numerusform>%n déjà présentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export applications</source>
        <translation>Exporter les candidatures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n application(s) to %1</source>
        <translation>
            <numerusform>%n candidature exportée dans %1</numerusform>
            <numerusform>%n candidatures exportées dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadsheetField</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Date applied</source>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Salary from</source>
        <translation>Salaire minimum</translation>
    </message>
    <message>
        <source>Salary to</source>
        <translation>Salaire maximum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Job link</source>
        <translation>Lien de l’offre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a spreadsheet file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de tableur.</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MiB; nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 20 Mio&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is larger than 20 MiB; nothing was imported.</source>
        <translation>Le fichier dépasse 20 Mio&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This is not a text file. Save the spreadsheet as CSV (or as Unicode text) and import that.</source>
        <translation>Ce n’est pas un fichier texte. Enregistrez la feuille de calcul au format CSV (ou en texte Unicode) et importez ce fichier.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a line of column headings and at least one application.</source>
        <translation>Le fichier est vide&#xa0;: il lui faut une ligne de titres de colonnes et au moins une candidature.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns; this does not look like a list of applications.</source>
        <translation>Ligne %1&#xa0;: plus de %2 colonnes&#xa0;; cela ne ressemble pas à une liste de candidatures.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a value in a column without a heading. Give the column a heading or remove the value.</source>
        <translation>Ligne %1, colonne %2&#xa0;: une valeur dans une colonne sans titre. Donnez un titre à la colonne ou supprimez la valeur.</translation>
    </message>
    <message>
        <source>The file has column headings but no applications.</source>
        <translation>Le fichier a des titres de colonnes, mais aucune candidature.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>colonne %1 (%2)</translation>
    </message>
    <message>
        <source>Line %1, %2: </source>
        <translation>Ligne %1, %2&#xa0;: </translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>Another program is using the file right now. Close it and try again.</source>
        <translation>Un autre programme utilise le fichier en ce moment. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The file is read-only, so nothing can be changed.</source>
        <translation>Le fichier est en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Le disque est plein. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The file is damaged. Open a backup copy instead.</source>
        <translation>Le fichier est endommagé. Ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The file could not be read or written. Check that the disk is still there.</source>
        <translation>Le fichier n’a pas pu être lu ou écrit. Vérifiez que le disque est toujours disponible.</translation>
    </message>
    <message>
        <source>An entry with the same name already exists.</source>
        <translation>Une entrée du même nom existe déjà.</translation>
    </message>
    <message>
        <source>The change would leave the data inconsistent, so it was not saved.</source>
        <translation>La modification aurait rendu les données incohérentes&#xa0;; elle n’a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 %2 (Details: %3)</source>
        <translation>%1 %2 (Détails&#xa0;: %3)</translation>
    </message>
</context>
<context>
    <name>SqlListModel</name>
    <message>
        <source>The list could not be read.</source>
        <translation>La liste n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Stage actions</source>
        <translation>Actions de l’étape</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) in this stage</source>
        <translation>
            <numerusform>%n candidature dans cette étape</numerusform>
            <numerusform>%n candidatures dans cette étape</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageCommands</name>
    <message>
        <source>Add stage “%1”</source>
        <translation>Ajouter l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename stage “%1” to “%2”</source>
        <translation>Renommer l’étape «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Réordonner les étapes</translation>
    </message>
    <message>
        <source>Remove stage “%1”</source>
        <translation>Retirer l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>StageTimelineWidget</name>
    <message>
        <source>No stage changes recorded.</source>
        <translation>Aucun changement d’étape enregistré.</translation>
    </message>
    <message>
        <source>Added to %1</source>
        <translation>Ajoutée à «&#xa0;%1&#xa0;»</translation>
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
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas&#xa0;: «&#xa0;%2&#xa0;» n’a donc été ni ouvert ni créé. Vérifiez le chemin indiqué avec --database.</translation>
    </message>
    <message>
        <source>Locate it…</source>
        <translation>Le retrouver…</translation>
    </message>
    <message>
        <source>Create a new, empty file there</source>
        <translation>Créer un nouveau fichier vide à cet emplacement</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>The file you used last, “%1”, is no longer there: it was moved, renamed or deleted. What would you like to do?</source>
        <translation>Le dernier fichier utilisé, «&#xa0;%1&#xa0;», n’est plus là&#xa0;: il a été déplacé, renommé ou supprimé. Que voulez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <source>SecondRound files (*.sqlite *.db);;All files (*)</source>
        <translation>Fichiers SecondRound (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Locate “%1”</source>
        <translation>Retrouver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Response rate by source</source>
        <translation>Taux de réponse par source</translation>
    </message>
    <message>
        <source>Median days in each stage</source>
        <translation>Durée médiane dans chaque étape</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Aucune activité</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n candidature</numerusform>
            <numerusform>%n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>No open stages.</source>
        <translation>Aucune étape ouverte.</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>Source non indiquée</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>No applications sent yet.</source>
        <translation>Aucune candidature envoyée pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n stay(s))</source>
        <translation>
            <numerusform>%1 (%n passage)</numerusform>
            <numerusform>%1 (%n passages)</numerusform>
        </translation>
    </message>
    <message>
        <source>no card has left it yet</source>
        <translation>aucune sortie encore</translation>
    </message>
    <message>
        <source>No open applications on the board.</source>
        <translation>Aucune candidature ouverte sur le tableau.</translation>
    </message>
    <message>
        <source>Applications that reached each stage (or a later one), and the share that went on to the next.</source>
        <translation>Candidatures arrivées à chaque étape (ou à une étape ultérieure), et la part passée à la suivante.</translation>
    </message>
    <message>
        <source>Sent applications that got an answer: moved on, an interview, or a rejection.</source>
        <translation>Candidatures envoyées qui ont obtenu une réponse&#xa0;: passage à l’étape suivante, entretien ou refus.</translation>
    </message>
    <message>
        <source>From entering a stage to leaving it, over the cards that left.</source>
        <translation>De l’entrée dans une étape à sa sortie, pour les cartes qui en sont sorties.</translation>
    </message>
    <message numerus="yes">
        <source>Open applications on the board with nothing scheduled and no change for %n day(s), as the board&apos;s badge.</source>
        <translation>
            <numerusform>Candidatures ouvertes sur le tableau sans rien de prévu ni aucun changement depuis %n jour, comme le badge du tableau.</numerusform>
            <numerusform>Candidatures ouvertes sur le tableau sans rien de prévu ni aucun changement depuis %n jours, comme le badge du tableau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications and interviews per week</source>
        <translation>Candidatures et entretiens par semaine</translation>
    </message>
    <message>
        <source>The last 12 weeks; applications by the date applied, interviews by their date.</source>
        <translation>Les 12 dernières semaines&#xa0;; les candidatures selon leur date d’envoi, les entretiens selon leur date.</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>&amp;Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save statistics as PNG</source>
        <translation>Enregistrer les statistiques en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Enregistrer en PNG</translation>
    </message>
    <message>
        <source>%1 (%2 went on)</source>
        <translation>%1 (%2 ont avancé)</translation>
    </message>
    <message>
        <source>, %1 went on to the next stage</source>
        <translation>, %1 sont passées à l’étape suivante</translation>
    </message>
    <message numerus="yes">
        <source>%1 answered, %2 of %n application(s)</source>
        <translation>
            <numerusform>%1 de réponses, %2 sur %n candidature</numerusform>
            <numerusform>%1 de réponses, %2 sur %n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open application(s) (%2)</source>
        <translation>
            <numerusform>%1 sur %n candidature ouverte (%2)</numerusform>
            <numerusform>%1 sur %n candidatures ouvertes (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsStore</name>
    <message>
        <source>The statistics could not be read.</source>
        <translation>Les statistiques n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s’est produite.</translation>
    </message>
</context>
<context>
    <name>StoryDialog</name>
    <message>
        <source>Where and when; what was at stake.</source>
        <translation>Où et quand&#xa0;; quel était l’enjeu.</translation>
    </message>
    <message>
        <source>What you had to achieve.</source>
        <translation>Ce que vous deviez accomplir.</translation>
    </message>
    <message>
        <source>What you did, step by step: “I”, not “we”.</source>
        <translation>Ce que vous avez fait, étape par étape&#xa0;: «&#xa0;je&#xa0;», pas «&#xa0;nous&#xa0;».</translation>
    </message>
    <message>
        <source>What came of it.</source>
        <translation>Ce qui en a résulté.</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Nouveau récit</translation>
    </message>
    <message>
        <source>Edit story</source>
        <translation>Modifier le récit</translation>
    </message>
    <message>
        <source>A number if you have one: “cut waiting time by 40 %”</source>
        <translation>Un chiffre si vous en avez un&#xa0;: «&#xa0;temps d’attente réduit de 40&#xa0;%&#xa0;»</translation>
    </message>
    <message>
        <source>Separate skills with ;</source>
        <translation>Séparez les compétences par&#xa0;;</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>Tâc&amp;he&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measurable result:</source>
        <translation>Résultat &amp;mesurable&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Compétences&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>After a first interview</source>
        <translation>Après un premier entretien</translation>
    </message>
    <message>
        <source>After a second or later round</source>
        <translation>Après un deuxième entretien ou plus</translation>
    </message>
    <message>
        <source>After a panel interview</source>
        <translation>Après un entretien avec un jury</translation>
    </message>
    <message>
        <source>After a final round</source>
        <translation>Après un entretien final</translation>
    </message>
    <message>
        <source>Follow-up after a week</source>
        <translation>Relance après une semaine</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Enregistrer le modèle</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>Nou&amp;veau modèle</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Supprimer le modèle</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Modèles de lettre</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Gaps filled in for each person: %1. {round} reads “second interview” (German: “zweite Gespräch”, so write “das {round}”). What stays unfilled is pointed out before a letter is sent.</source>
        <translation>Champs remplis pour chaque personne&#xa0;: %1. Dans un modèle en français, {round} donne «&#xa0;deuxième entretien&#xa0;» (écrivez donc «&#xa0;notre {round}&#xa0;»)&#xa0;; en anglais, «&#xa0;second interview&#xa0;». Ce qui reste à compléter est signalé avant l’envoi d’une lettre.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Occasion&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Ob&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit letter template</source>
        <translation>Modifier le modèle de lettre</translation>
    </message>
    <message>
        <source>Saved. These are not gaps the app fills in and stay as written: %1</source>
        <translation>Enregistré. Ces champs ne sont pas remplis par l’application et restent tels quels&#xa0;: %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Thank you for the {round}</source>
        <translation>Merci pour notre {round}</translation>
    </message>
    <message>
        <source>Dear {first_name},



Best regards,
{my_name}</source>
        <translation>Bonjour {first_name},



Bien cordialement,
{my_name}</translation>
    </message>
    <message>
        <source>New letter template</source>
        <translation>Nouveau modèle de lettre</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Letters written from it keep their text.</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»&#xa0;? Les lettres écrites à partir de ce modèle gardent leur texte.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete letter template</source>
        <translation>Supprimer le modèle de lettre</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start saving.</source>
        <translation>Impossible de commencer l’enregistrement.</translation>
    </message>
    <message>
        <source>Could not save the change.</source>
        <translation>Impossible d’enregistrer la modification.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
</context>
<context>
    <name>UnarchiveCommand</name>
    <message numerus="yes">
        <source>Put back %n application(s)</source>
        <translation>
            <numerusform>Remettre %n candidature sur le tableau</numerusform>
            <numerusform>Remettre %n candidatures sur le tableau</numerusform>
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
        <translation>Entretien %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>An upcoming round: when, then company, role and round number</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 at %3</source>
        <translation>%1
%2 chez %3</translation>
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
        <translation>Fichier déplacé ou supprimé</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted while it was open. Nothing more can be saved to it, but everything that is open is still here.

Save it to a new file now?</source>
        <translation>«&#xa0;%1&#xa0;» a été déplacé ou supprimé pendant qu’il était ouvert. Plus rien ne peut y être enregistré, mais tout ce qui est ouvert est toujours là.

L’enregistrer maintenant dans un nouveau fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save everything to a new file</source>
        <translation>Tout enregistrer dans un nouveau fichier</translation>
    </message>
    <message>
        <source>SecondRound files (*.sqlite)</source>
        <translation>Fichiers SecondRound (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Applications and interviews per week</source>
        <translation>Candidatures et entretiens par semaine</translation>
    </message>
    <message>
        <source>Week of %1: %2, %3</source>
        <translation>Semaine du %1&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n candidature</numerusform>
            <numerusform>%n candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n entretien</numerusform>
            <numerusform>%n entretiens</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Weeks, starting on Monday</source>
        <translation>Semaines, à partir du lundi</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Organise your job search and prepare for every interview round.</source>
        <translation>Organisez votre recherche d’emploi et préparez chaque entretien.</translation>
    </message>
    <message>
        <source>Open the SecondRound file at &lt;path&gt; (created if missing).</source>
        <translation>Ouvrir le fichier SecondRound situé à &lt;chemin&gt; (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Fill an empty file with invented sample applications.</source>
        <translation>Remplir un fichier vide avec des candidatures d’exemple fictives.</translation>
    </message>
    <message>
        <source>Check the file&apos;s schema and integrity without opening a window, then exit.</source>
        <translation>Vérifier le schéma et l’intégrité du fichier sans ouvrir de fenêtre, puis quitter.</translation>
    </message>
    <message>
        <source>Write every scheduled interview round still ahead to the iCalendar file &lt;file&gt; without opening a window, then exit. The SecondRound file must exist.</source>
        <translation>Écrire tous les entretiens prévus à venir dans le fichier iCalendar &lt;fichier&gt; sans ouvrir de fenêtre, puis quitter. Le fichier SecondRound doit exister.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Add every event of the iCalendar file &lt;file&gt; as an interview round of the application given with --application, with its organizer and attendees as people, without opening a window, then exit. Nothing is added if any event cannot be.</source>
        <translation>Ajouter chaque événement du fichier iCalendar &lt;fichier&gt; comme entretien de la candidature indiquée avec --application, avec son organisateur et ses participants comme personnes, sans ouvrir de fenêtre, puis quitter. Rien n’est ajouté si un seul événement ne peut pas l’être.</translation>
    </message>
    <message>
        <source>The number (id) of the application --import-ics adds the rounds to.</source>
        <translation>Le numéro (id) de la candidature à laquelle --import-ics ajoute les entretiens.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Add the questions of the CSV file &lt;file&gt; (header question,category,answer,tags) to the question bank without opening a window, then exit. Questions already in the bank are skipped; nothing is added if the file has an error.</source>
        <translation>Ajouter les questions du fichier CSV &lt;fichier&gt; (en-tête question,category,answer,tags) à la banque de questions sans ouvrir de fenêtre, puis quitter. Les questions déjà présentes sont ignorées&#xa0;; rien n’est ajouté si le fichier contient une erreur.</translation>
    </message>
    <message>
        <source>Write the question bank to the CSV file &lt;file&gt; without opening a window, then exit.</source>
        <translation>Écrire la banque de questions dans le fichier CSV &lt;fichier&gt; sans ouvrir de fenêtre, puis quitter.</translation>
    </message>
    <message>
        <source>Write the thank-you letters of the interview round &lt;id&gt; as .eml files, one for each person listed, into the folder given with --output-dir, without opening a window, then exit. Drafts are proposed first for anyone who has none. Nothing is written if any letter cannot be.</source>
        <translation>Écrire les lettres de remerciement de l’entretien &lt;id&gt; en fichiers .eml, un par personne indiquée, dans le dossier donné avec --output-dir, sans ouvrir de fenêtre, puis quitter. Un brouillon est d’abord proposé pour qui n’en a pas. Rien n’est écrit si une seule lettre ne peut pas l’être.</translation>
    </message>
    <message>
        <source>The folder --draft-letters writes into.</source>
        <translation>Le dossier dans lequel --draft-letters écrit.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Write the printable prep sheet of interview round &lt;round&gt; (its number, or &quot;next&quot; for the next one ahead) to the PDF file given with --output, without opening a window, then exit.</source>
        <translation>Écrire la fiche de préparation imprimable de l’entretien &lt;entretien&gt; (son numéro, ou «&#xa0;next&#xa0;» pour le prochain) dans le fichier PDF indiqué avec --output, sans ouvrir de fenêtre, puis quitter.</translation>
    </message>
    <message>
        <source>round</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>The PDF file --prep-sheet writes.</source>
        <translation>Le fichier PDF écrit par --prep-sheet.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Add the applications of the spreadsheet file &lt;file&gt; (CSV: comma, semicolon or tab separated) without opening a window, then exit. Columns are matched by their headings; those already there (same company and role) are skipped; nothing is added if a row cannot be read.</source>
        <translation>Ajouter les candidatures du fichier de tableur &lt;fichier&gt; (CSV séparé par des virgules, des points-virgules ou des tabulations) sans ouvrir de fenêtre, puis quitter. Les colonnes sont reconnues d’après leurs titres&#xa0;; les candidatures déjà présentes (même entreprise et même poste) sont ignorées&#xa0;; rien n’est ajouté si une ligne ne peut pas être lue.</translation>
    </message>
    <message>
        <source>With --import-applications: which column holds which field, over the guess from the headings, e.g. &quot;Firma=company,Stelle=role&quot;. Fields: company, role, stage, applied_on, location, salary, salary_min, salary_max, currency, source, job_url, notes, ignore.</source>
        <translation>Avec --import-applications&#xa0;: quelle colonne contient quel champ, à la place de la déduction faite d’après les titres, par exemple &quot;Entreprise=company,Poste=role&quot;. Champs&#xa0;: company, role, stage, applied_on, location, salary, salary_min, salary_max, currency, source, job_url, notes, ignore.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <source>Write every application to the CSV file &lt;file&gt; (UTF-8, comma separated, ISO dates) without opening a window, then exit.</source>
        <translation>Écrire toutes les candidatures dans le fichier CSV &lt;fichier&gt; (UTF-8, séparé par des virgules, dates ISO) sans ouvrir de fenêtre, puis quitter.</translation>
    </message>
    <message>
        <source>iCalendar files (.ics) to import as interview rounds; a window that already has the file open imports them.</source>
        <translation>Fichiers iCalendar (.ics) à importer comme entretiens&#xa0;; une fenêtre qui a déjà le fichier ouvert les importe.</translation>
    </message>
    <message>
        <source>[invitation.ics...]</source>
        <translation>[invitation.ics...]</translation>
    </message>
</context>
</TS>
