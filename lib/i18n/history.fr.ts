import type { historyEn } from './history.en';

export const historyFr: Record<keyof typeof historyEn, string> = {
  'historyState.ok.title': 'Historique disponible',
  'historyState.ok.body': 'Les tickets et les packs sont enregistrés dans ce navigateur.',
  'historyState.storage-full.title': 'Stockage plein',
  'historyState.storage-full.body':
    'Le navigateur refuse d’enregistrer davantage de données. Les nouveaux éléments sont mis de côté ({pending} en attente) et enregistrés quand vous réessayez après avoir libéré de la place ; vous pouvez aussi les exporter maintenant.',
  'historyState.unavailable.title': 'Historique indisponible',
  'historyState.unavailable.body':
    'Le navigateur n’a pas pu ouvrir la base de l’historique (problème de disque ou de profil). Rien n’est perdu : les nouveaux éléments sont mis de côté ({pending} en attente). Redémarrez le navigateur, puis réessayez.',
  'historyState.private.title': 'Historique indisponible dans ce mode',
  'historyState.private.body':
    'Le navigateur n’autorise pas l’enregistrement ici (navigation privée ou historique désactivé). L’historique est en lecture seule ; les éléments sont mis de côté ({pending} en attente) jusqu’à ce qu’il puisse être ouvert.',
  'historyState.blocked.title': 'Mise à jour de l’historique en attente',
  'historyState.blocked.body':
    'Une ancienne copie de l’extension garde l’historique ouvert. Fermez les autres fenêtres de ce profil ou redémarrez le navigateur, puis réessayez.',
  'historyState.damaged.title': 'L’historique doit être réparé',
  'historyState.damaged.body':
    'La base de l’historique a refusé une écriture jugée incohérente. Rien n’est perdu : les nouveaux éléments sont mis de côté ({pending} en attente). Exportez une sauvegarde, importez ce fichier dans Options › Données avec « Remplacer l’historique actuel » (ou effacez tout), puis réessayez.',
  'history.retry': 'Réessayer l’enregistrement',
  'history.export-pending': 'Exporter les éléments mis de côté',

  'error.history-pending':
    'Pas encore enregistré : l’historique a refusé l’écriture ({detail}). L’élément est mis de côté et sera enregistré en réessayant.',
  'error.history-storage-full':
    'L’historique est plein : libérez de l’espace disque, puis réessayez.',
  'error.history-unavailable': 'L’historique ne peut pas être ouvert pour le moment.',
  'error.history-private': 'L’historique ne peut pas être ouvert dans ce mode de navigation.',
  'error.history-blocked': 'L’historique attend la fermeture d’une ancienne copie de l’extension.',
  'error.history-damaged':
    'La base de l’historique est endommagée et a refusé la modification. Exportez une sauvegarde, puis importez-la avec « Remplacer l’historique actuel », ou effacez tout.',
  'error.pending-full':
    'Trop d’éléments attendent d’être enregistrés : exportez-les, puis réessayez.',
  'error.invalid-cursor': 'Cette liste n’est plus à jour : rechargez-la.',
  'error.no-customer-key': 'Un client doit avoir un identifiant de locataire ou un domaine.',
  'error.ticket-not-found': 'Ce ticket n’existe plus.',
  'error.pack-not-found': 'Ce pack n’existe plus.',
  'error.pack-expired': 'Ce pack a expiré : il ne peut pas servir pour un nouveau ticket.',
  'error.pack-empty': 'Ce pack n’a plus d’incident disponible.',
  'error.pack-below-used':
    'Un pack ne peut pas compter moins d’incidents que les {detail} déjà utilisés.',
  'error.pack-expiry-before-purchase':
    'La date d’expiration doit être postérieure à la date d’achat.',
  'error.duplicate-number': 'Un ticket portant ce numéro de demande est déjà enregistré.',
  'error.import-too-large':
    'Ce fichier est trop volumineux pour être importé : {detail} Mo, au-delà des 128 Mo qu’une sauvegarde peut contenir.',
  'error.import-too-many-records':
    'Cette sauvegarde contient plus d’éléments que PCX n’en conserve ({detail}).',
  'error.import-too-deep':
    'Ce fichier imbrique des listes ou des objets trop profondément (plus de {detail} niveaux) : ce n’est pas une sauvegarde PCX.',
  'error.import-not-json':
    'Ce fichier n’est pas du JSON valide (il est peut-être tronqué) : il se rompt au caractère {detail}.',
  'error.import-upload-order':
    'Des morceaux du fichier sont arrivés dans le désordre ({detail}). Choisissez à nouveau le fichier.',
  'error.import-upload-overflow':
    'Il est arrivé plus de données que le fichier n’en annonçait ({detail} caractères). Choisissez à nouveau le fichier.',
  'error.import-upload-unknown':
    'Cet envoi n’est plus ouvert (un autre fichier a été choisi entre-temps). Choisissez à nouveau le fichier.',
  'error.import-upload-interrupted': 'L’envoi a été interrompu : choisissez à nouveau le fichier.',
  'error.import-upload-incomplete':
    'Une partie du fichier n’est pas arrivée ({detail} caractères). Choisissez à nouveau le fichier.',
  'error.export-too-large':
    'L’historique est trop volumineux pour une seule sauvegarde : {detail} Mo, au-delà des 128 Mo qu’un import accepte. Exportez plutôt les tickets et les packs en CSV, ou effacez d’abord d’anciens éléments.',
  'error.export-interrupted': 'L’export a été interrompu : relancez-le.',
  'error.export-unknown': 'Cet export n’est plus disponible : relancez-le.',
  'error.import-forbidden-key': 'Ce fichier contient une clé interdite ({detail}) : refusé.',
  'error.import-wrong-format': 'Ce fichier n’est pas une sauvegarde PCX ({detail}).',
  'error.import-future-version':
    'Cette sauvegarde provient d’une version plus récente de PCX (schéma {detail}) : mettez d’abord l’extension à jour.',
  'error.import-checksum':
    'Cette sauvegarde a été modifiée ou endommagée : sa somme de contrôle ne correspond pas. Rien n’a été importé.',
  'error.import-invalid-record': 'Un élément de cette sauvegarde est invalide : {detail}',
  'error.import-duplicate': 'Cette sauvegarde contient deux fois le même élément : {detail}',
  'error.import-dangling-pack':
    'Un ticket de cette sauvegarde fait référence à un pack absent ({detail}).',
  'error.import-pack-overspent':
    'Après cet import, le pack « {detail} » aurait plus de tickets liés que d’incidents disponibles. Rien n’a été importé.',
  'error.import-incomplete':
    'Cette sauvegarde a été faite alors que l’historique était illisible : elle ne contient que les éléments mis de côté et ne peut pas être importée.',

  'reminder.due.title': 'Première réponse bientôt due',
  'reminder.due.body': '{ticket} ({customer}) : la première réponse de Microsoft est due à {time}.',
  'reminder.breach.title': 'Première réponse en retard',
  'reminder.breach.body':
    '{ticket} ({customer}) : la première réponse était due à {time} et n’est pas marquée comme reçue.',
  'reminder.packExpiry.title': 'Pack de support bientôt expiré',
  'reminder.packExpiry.body':
    '{pack} expire le {date} ({days, plural, =0 {aujourd’hui} one {# jour restant} other {# jours restants}}).',
  'reminder.packUnused.title': 'Incidents de support non utilisés',
  'reminder.packUnused.body':
    '{pack} : {left, plural, one {# incident encore inutilisé} other {# incidents encore inutilisés}}, expire le {date}.',
  'calendar.firstResponse': 'Première réponse due : {ticket} ({customer})',
  'calendar.packExpiry': 'Expiration du pack de support : {pack}',
};
