"""Shipped reply blocks in French: what to send back once the recruiter has
reacted to the decline (and the call they may ask for).

The house rules of `fr.py` hold: vouvoiement, nothing that gives away the
sender's gender, ordinary spaces before ; : ! ? (the composer typesets
them), typographic apostrophe ’ (a text message gets the straight one and
GSM letters from the composer), the job title in guillemets. Written replies
have channel "" (an email's body or a text message's); a reply to a call
uses the spoken prepared replies of `fr.py` (REPLY_*), and only the
reactions those do not cover have spoken blocks here.
"""

from __future__ import annotations

from messages_app.choices import BlockKind as K
from messages_app.choices import Channel as C
from messages_app.choices import ReasonKey as R
from messages_app.content.spec import BlockList, BlockSpec

_b = BlockList("fr")

# --- Réaction positive ----------------------------------------------------------
_b.add(
    K.ANSWER_POSITIVE,
    "Merci beaucoup pour votre compréhension, et pour cette réponse si aimable.",
)
# Seulement si le message gardait la porte ouverte.
_b.add(
    K.ANSWER_DOOR_OPEN,
    "J’espère que nous resterons en contact, si un poste proche de mon parcours venait à s’ouvrir.",
)

# --- Déception ------------------------------------------------------------------
_b.add(
    K.ANSWER_DISAPPOINTED,
    "Je comprends votre déception, et je vous remercie sincèrement du temps consacré à ma candidature. Ce choix n’a pas été facile, mais après mûre réflexion, ma décision est prise.",
)

# --- Pourquoi ? Une phrase, la raison donnée dans le message ---------------------
_b.add(
    K.ANSWER_WHY,
    "Bien sûr. Après réflexion, ce poste n’est pas le bon choix pour moi à ce stade ; ce n’est en rien un jugement sur {company} ni sur votre équipe.",
)
_b.add(
    K.ANSWER_WHY,
    "Bien sûr. J’ai accepté entre-temps un autre poste, qui correspond à mes projets actuels ; ce n’est en rien un jugement sur {company} ni sur votre équipe.",
    reason=R.ANOTHER_OFFER,
)
_b.add(
    K.ANSWER_WHY,
    "Bien sûr. J’ai reçu une autre proposition, très proche de mes objectifs, et j’ai choisi de l’accepter ; ce n’est en rien un jugement sur {company}.",
    reason=R.BETTER_OFFER,
)
_b.add(
    K.ANSWER_WHY,
    "Bien sûr. Ce poste ne correspond pas tout à fait à l’orientation que je souhaite donner à ma carrière dans les prochaines années ; ce n’est en rien un jugement sur {company} ni sur votre équipe.",
    reason=R.CAREER_GOALS,
)
_b.add(
    K.ANSWER_WHY,
    "Bien sûr. En découvrant le fonctionnement de l’équipe, j’ai compris que ma façon de travailler trouverait plus naturellement sa place dans un autre environnement ; ce n’est en rien un jugement sur les personnes rencontrées.",
    reason=R.CULTURE,
)
_b.add(
    K.ANSWER_WHY,
    "Bien sûr. C’est une question de distance : le trajet jusqu’à vos locaux serait trop long pour moi actuellement ; ce n’est en rien un jugement sur le poste ni sur votre équipe.",
    reason=R.LOCATION,
)
_b.add(
    K.ANSWER_WHY,
    "Il s’agit de raisons personnelles que je préfère garder pour moi ; cela n’a rien à voir avec {company} ni avec le poste.",
    reason=R.PERSONAL,
)
_b.add(
    K.ANSWER_WHY,
    "Bien sûr. Les missions du poste ont évolué depuis ma candidature, et elles ne correspondent plus à ce que je recherche ; ce n’est en rien un reproche.",
    reason=R.ROLE_CHANGED,
)
# Seulement avec les mots de la personne.
_b.add(
    K.ANSWER_WHY,
    "Bien sûr. Pour tout vous dire, {custom_reason}. Ce n’est en rien un jugement sur {company} ni sur votre équipe.",
    reason=R.OTHER,
)

# --- Insistance, ou offre améliorée : ferme, courtois, rien de rouvert -----------
_b.add(
    K.ANSWER_INSIST,
    "C’est très aimable à vous, et je vous en remercie. J’ai mûrement réfléchi, toutefois, et ma décision reste la même.",
)
for _reason in (R.ANOTHER_OFFER, R.BETTER_OFFER):
    _b.add(
        K.ANSWER_INSIST,
        "C’est très aimable à vous, merci. J’ai toutefois pris un engagement auprès d’un autre employeur, et je tiens à le respecter.",
        reason=_reason,
    )
_b.add(
    K.ANSWER_INSIST,
    "C’est très aimable à vous, merci. Ma situation personnelle ne me permet pas de donner suite, et ma décision est prise.",
    reason=R.PERSONAL,
)

# --- Un autre poste : de l’intérêt, sans rouvrir celui-ci -------------------------
_b.add(
    K.ANSWER_OTHER_ROLE,
    "Merci d’avoir pensé à moi pour un autre poste. Ma réponse pour le poste « {position} » reste la même, mais j’aimerais en savoir plus sur celui-ci : pourriez-vous m’en envoyer la description, avec les principales missions et le lieu de travail ? Je la lirai avec attention et reviendrai vers vous rapidement.",
)
_b.add(
    K.ANSWER_OTHER_ROLE,
    "Merci d'avoir pensé à moi. Ma réponse pour le poste \"{position}\" ne change pas, mais j'aimerais en savoir plus sur celui-ci : pourriez-vous m'en envoyer la description ?",
    channel=C.SMS,
)
_b.spoken(
    K.ANSWER_OTHER_ROLE,
    "Merci d’avoir pensé à moi. Ma réponse pour le poste « {position} » reste la même, mais j’aimerais en savoir plus sur celui-ci : pourriez-vous m’en envoyer la description ? Je reviendrai vers vous rapidement.",
)

# --- Un appel : oui, et quand ----------------------------------------------------
_b.add(
    K.ANSWER_CALL,
    "Bien sûr, un court échange par téléphone me convient tout à fait. Seriez-vous disponible un matin en semaine vers 10\u00a0h, ou en début d’après-midi vers 14\u00a0h ? Dites-moi le moment qui vous arrange le mieux.",
)
_b.spoken(
    K.ANSWER_CALL,
    "Bien sûr, avec plaisir. Maintenant, si cela vous convient, ou bien demain vers 10\u00a0h ou 14\u00a0h ?",
)

# --- Pas de réponse, l’entretien annulé est dans quelques jours : un appel -------
_b.add(
    K.ANSWER_CHECK_CALL,
    "Bonjour, {sender_name} à l’appareil. Je vous ai écrit pour annuler mon entretien {interview_day} pour le poste « {position} », et je vous appelle simplement pour m’assurer que mon message vous est bien parvenu. Merci, et bonne journée.",
    channel=C.PHONE,
)

# --- L’appel demandé : l’ouverture, et la décision redite -------------------------
_b.add(
    K.CALL_OPENER,
    "Bonjour, {sender_name} à l’appareil. Merci de prendre le temps d’échanger au sujet du poste « {position} ».",
    channel=C.PHONE,
)
_b.add(
    K.CALL_DECISION,
    "Comme je vous l’ai écrit, j’ai décidé de ne pas donner suite, et je tenais à vous le dire de vive voix. C’est une décision réfléchie, et elle est définitive.",
    channel=C.PHONE,
)

BLOCKS: tuple[BlockSpec, ...] = tuple(_b.blocks)
