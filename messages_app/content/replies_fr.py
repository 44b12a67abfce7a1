"""Shipped reply blocks in French: what to send back once the recruiter has
reacted to the decline (and the call they may ask for).

The house rules of `fr.py` hold: vouvoiement, nothing that gives away the
sender's gender, ordinary spaces before ; : ! ? (the composer typesets
them), typographic apostrophe ’ (a text message gets the straight one and
GSM letters from the composer), the job title in guillemets. Written replies
have channel "" (an email's body), with a text-message counterpart wherever
the email wording would not fit two GSM segments (a reason's block outranks
a neutral text-message block, so each reason has its own); a reply body
follows the tone of the greeting it sits under. A reply to a call uses the
spoken prepared replies of `fr.py` (REPLY_*), and only the reactions those
do not cover have spoken blocks here.
"""

from __future__ import annotations

from messages_app.choices import BlockKind as K
from messages_app.choices import Channel as C
from messages_app.choices import ReasonKey as R
from messages_app.choices import ScenarioKey as S
from messages_app.choices import Tone as T
from messages_app.content.spec import BlockList, BlockSpec

_b = BlockList("fr")
FORMAL, WARM = T.FORMAL, T.WARM

# --- Réaction positive ----------------------------------------------------------
_b.add(
    K.ANSWER_POSITIVE,
    "Je vous remercie de votre compréhension et de votre aimable réponse.",
    tone=FORMAL,
)
_b.add(
    K.ANSWER_POSITIVE,
    "Merci beaucoup pour votre compréhension et pour votre message si aimable.",
    tone=WARM,
)
_b.add(
    K.ANSWER_POSITIVE,
    "Merci beaucoup pour votre compréhension et votre aimable message.",
    channel=C.SMS,
)

# Seulement si le message gardait la porte ouverte (e-mail). Adaptée au
# scénario, comme celle du message : après avoir accepté un autre poste, après
# des entretiens ou une offre, pas de « si une autre occasion se présente »,
# qui laisserait croire qu’on cherche encore.
_b.add(
    K.ANSWER_DOOR_OPEN,
    "Si une autre occasion se présentait à l’avenir, c’est avec plaisir que j’en discuterais "
    "avec vous.",
    tone=FORMAL,
)
_b.add(
    K.ANSWER_DOOR_OPEN,
    "Si une autre occasion se présente à l’avenir, j’aurai plaisir à en discuter avec vous.",
    tone=WARM,
)
for _scenario in (S.BETTER_OFFER, S.AFTER_INTERVIEWS):
    _b.add(
        K.ANSWER_DOOR_OPEN,
        "J’espère que nos chemins se croiseront à nouveau.",
        scenario=_scenario,
    )
_b.add(
    K.ANSWER_DOOR_OPEN,
    "J’espère que nous aurons l’occasion d’échanger à l’avenir.",
    scenario=S.ACCEPTED,
)

# --- Déception ------------------------------------------------------------------
_b.add(
    K.ANSWER_DISAPPOINTED,
    "Je comprends votre déception, et je vous remercie sincèrement du temps consacré à ma "
    "candidature. Ce choix n’a pas été facile, mais après mûre réflexion, c’est la bonne "
    "décision pour moi.",
)
# SMS : lettres GSM seulement (pas de « mûre »), deux segments au plus.
_b.add(
    K.ANSWER_DISAPPOINTED,
    "Je comprends votre déception et vous remercie du temps consacré à ma candidature. Ce choix "
    "n'a pas été facile, mais c'est la bonne décision pour moi.",
    channel=C.SMS,
)

# --- Pourquoi ? Une phrase, la raison donnée dans le message ---------------------
# Chaque réponse par raison a sa version SMS : un bloc de raison l’emporte sur
# un bloc SMS neutre. Le SMS enchaîne sur la salutation (« Bonjour Madame,
# après réflexion… ») : pas de « bien sûr » (û hors de l’alphabet GSM).
_WHY: dict[str, tuple[str, str]] = {
    "": (
        "Bien sûr. Après réflexion, ce poste n’est pas le bon choix pour moi à ce stade ; ce "
        "n’est en rien un jugement sur {company} ni sur votre équipe.",
        "Après réflexion, ce poste n'est pas le bon choix pour moi à ce stade ; ce n'est en rien "
        "un jugement sur votre équipe.",
    ),
    R.ANOTHER_OFFER: (
        "Bien sûr. J’ai accepté entre-temps un autre poste, très proche de mes projets actuels ; "
        "ce n’est en rien un jugement sur {company} ni sur votre équipe.",
        "J'ai accepté entre-temps un autre poste, très proche de mes projets actuels ; ce n'est en "
        "rien un jugement sur votre équipe.",
    ),
    R.BETTER_OFFER: (
        "Bien sûr. J’ai reçu une autre proposition, très proche de mes objectifs, et j’ai choisi "
        "de l’accepter ; ce n’est en rien un jugement sur {company} ni sur votre équipe.",
        "J'ai accepté une autre proposition, très proche de mes objectifs ; ce n'est en rien un "
        "jugement sur votre équipe.",
    ),
    R.CAREER_GOALS: (
        "Bien sûr. Ce poste ne correspond pas tout à fait à l’orientation que je souhaite donner à "
        "ma carrière dans les prochaines années ; ce n’est en rien un jugement sur {company} ni "
        "sur votre équipe.",
        "Le poste ne correspond pas tout à fait à l'orientation que je souhaite donner à ma "
        "carrière ; ce n'est en rien un jugement sur votre équipe.",
    ),
    R.CULTURE: (
        "Bien sûr. En découvrant le fonctionnement de l’équipe, j’ai compris que ma façon de "
        "travailler trouverait plus naturellement sa place dans un autre environnement ; ce n’est "
        "en rien un jugement sur les personnes rencontrées.",
        "Ma manière de travailler trouverait plus naturellement sa place dans un autre "
        "environnement ; ce n'est en rien un jugement sur les personnes rencontrées.",
    ),
    R.LOCATION: (
        "Bien sûr. C’est une question de distance : le trajet jusqu’à vos locaux serait trop long "
        "pour moi actuellement ; ce n’est en rien un jugement sur le poste ni sur votre équipe.",
        "C'est une question de distance : le trajet serait trop long pour moi actuellement ; ce "
        "n'est en rien un jugement sur le poste ni sur votre équipe.",
    ),
    R.PERSONAL: (
        "Il s’agit de raisons personnelles que je préfère garder pour moi ; cela n’a rien à voir "
        "avec le poste ni avec votre équipe.",
        "Il s'agit de raisons personnelles que je préfère garder pour moi ; cela n'a rien à voir "
        "avec le poste.",
    ),
    R.ROLE_CHANGED: (
        "Bien sûr. Les missions du poste ont évolué depuis ma candidature, et elles ne "
        "correspondent plus à ce que je recherche ; ce n’est en rien un reproche.",
        "Les missions du poste ont évolué depuis ma candidature et ne correspondent plus à ce que "
        "je recherche ; ce n'est en rien un reproche.",
    ),
    # Seulement avec les mots de la personne.
    R.OTHER: (
        "Bien sûr. La raison en est simple : {custom_reason}. Ce n’est en rien un jugement sur "
        "{company} ni sur votre équipe.",
        "La raison en est simple : {custom_reason}. Ce n'est en rien un jugement sur votre équipe.",
    ),
}
for _reason, (_written, _sms) in _WHY.items():
    _b.add(K.ANSWER_WHY, _written, reason=_reason)
    _b.add(K.ANSWER_WHY, _sms, channel=C.SMS, reason=_reason)

# --- Insistance, ou offre améliorée : ferme, courtois, rien de rouvert -----------
# Lettres GSM seulement : ces réponses servent aussi au SMS.
_b.add(
    K.ANSWER_INSIST,
    "C’est très aimable à vous, et je vous en remercie. J’y ai toutefois longuement réfléchi, "
    "et ma décision est définitive.",
)
for _reason in (R.ANOTHER_OFFER, R.BETTER_OFFER):
    _b.add(
        K.ANSWER_INSIST,
        "C’est très aimable à vous, et je vous en remercie. J’ai toutefois pris un engagement "
        "auprès d’un autre employeur, et je tiens à le respecter.",
        reason=_reason,
    )
_b.add(
    K.ANSWER_INSIST,
    "C’est très aimable à vous, et je vous en remercie. Ma situation personnelle ne me permet "
    "toutefois pas de donner suite, et ma décision est définitive.",
    reason=R.PERSONAL,
)

# --- Un autre poste : de l’intérêt, sans rouvrir celui-ci -------------------------
_b.add(
    K.ANSWER_OTHER_ROLE,
    "Je vous remercie d’avoir pensé à moi. Ma décision concernant le poste « {position} » reste "
    "inchangée, mais j’aimerais en savoir plus sur cette nouvelle proposition : pourriez-vous "
    "m’en adresser la description, avec les principales missions et le lieu de travail ? Je "
    "l’étudierai avec attention et vous répondrai rapidement.",
    tone=FORMAL,
)
_b.add(
    K.ANSWER_OTHER_ROLE,
    "Merci d’avoir pensé à moi ! Ma décision pour le poste « {position} » ne change pas, mais "
    "j’aimerais beaucoup en savoir plus sur cette nouvelle proposition : pourriez-vous m’en "
    "envoyer la description, avec les principales missions et le lieu de travail ? Je la lirai "
    "avec attention et vous répondrai rapidement.",
    tone=WARM,
)
_b.add(
    K.ANSWER_OTHER_ROLE,
    'Merci d\'avoir pensé à moi. Ma décision pour le poste "{position}" ne change pas, mais '
    "j'aimerais en savoir plus sur cette nouvelle proposition : pourriez-vous m'en envoyer la "
    "description ?",
    channel=C.SMS,
)
_b.spoken(
    K.ANSWER_OTHER_ROLE,
    "Merci d’avoir pensé à moi. Ma décision pour le poste « {position} » ne change pas, mais "
    "j’aimerais en savoir plus sur cette nouvelle proposition. Pourriez-vous m’en envoyer la "
    "description par e-mail ? Je vous répondrai rapidement.",
)

# --- Un appel : oui, et quand ----------------------------------------------------
_b.add(
    K.ANSWER_CALL,
    "Bien volontiers, un court échange par téléphone me convient tout à fait. Seriez-vous "
    "disponible un matin en semaine vers 10\u00a0h, ou en début d’après-midi vers 14\u00a0h ? "
    "Je vous laisse me dire le moment qui vous convient le mieux.",
    tone=FORMAL,
)
_b.add(
    K.ANSWER_CALL,
    "Bien sûr, avec plaisir ! Seriez-vous disponible un matin en semaine vers 10\u00a0h, ou en "
    "début d’après-midi vers 14\u00a0h ? Dites-moi ce qui vous arrange le mieux.",
    tone=WARM,
)
_b.add(
    K.ANSWER_CALL,
    "Volontiers pour un court échange par téléphone. Seriez-vous disponible en semaine vers "
    "10 h ou vers 14 h ? Dites-moi ce qui vous arrange le mieux.",
    channel=C.SMS,
)
_b.spoken(
    K.ANSWER_CALL,
    "Bien sûr, avec plaisir. Cela vous convient-il maintenant, ou préférez-vous demain, vers "
    "10\u00a0h ou 14\u00a0h ?",
)

# --- Pas de réponse, l’entretien annulé est dans quelques jours : un appel -------
_b.add(
    K.ANSWER_CHECK_CALL,
    "Bonjour, {sender_name} à l’appareil. Je vous ai écrit pour annuler mon entretien prévu "
    "{interview_day} pour le poste « {position} », et je vous appelle simplement pour m’assurer "
    "que mon message vous est bien parvenu. Merci, et bonne journée.",
    channel=C.PHONE,
)

# --- L’appel demandé : l’ouverture, et la décision redite -------------------------
# « Comme je vous l’ai indiqué » : le message a pu partir par e-mail, SMS ou
# de vive voix.
_b.add(
    K.CALL_OPENER,
    "Bonjour, {sender_name} à l’appareil. Merci de prendre le temps d’échanger au sujet du "
    "poste « {position} ».",
    channel=C.PHONE,
)
_b.add(
    K.CALL_DECISION,
    "Comme je vous l’ai indiqué, j’ai choisi de ne pas poursuivre. C’est une décision mûrement "
    "réfléchie, et elle est définitive.",
    channel=C.PHONE,
)

BLOCKS: tuple[BlockSpec, ...] = tuple(_b.blocks)
