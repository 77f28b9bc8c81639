// Module 2's intro videos: what each scene shows while its transcript lines are spoken (`lines`).
import type { Scene } from "../scenes";
import { l } from "./module1";

export const MODULE_2: Record<string, Scene[]> = {
  "m2-u1": [
    { kind: "title", lines: 2 },
    {
      kind: "icons",
      lines: 2,
      title: l("Se préparer, sans peur", "Prepared, not afraid"),
      items: [{ icon: "clock", label: l("Des secondes gagnées", "Seconds saved"), tone: "amber" }],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Habitude 1", "Habit 1"),
      items: [{ icon: "escape", label: l("Repérer les sorties", "Find the exits"), tone: "amber" }],
    },
    {
      kind: "numbers",
      lines: 3,
      title: l("Habitude 2 : les numéros", "Habit 2: the numbers"),
      items: [
        { number: "15", label: l("SAMU", "SAMU") },
        { number: "17", label: l("Police", "Police") },
        { number: "18", label: l("Pompiers", "Fire") },
        { number: "112", label: l("Europe", "Europe") },
        { number: "114", label: l("Par écrit", "In writing") },
      ],
    },
    {
      kind: "icons",
      lines: 1,
      items: [{ icon: "alert", label: l("Qui ? Où ? Pourquoi ?", "Who? Where? Why?"), tone: "amber" }],
    },
    {
      kind: "icons",
      lines: 3,
      title: l("Habitude 3 : l'alerte", "Habit 3: the alert"),
      items: [
        { icon: "alert", label: l("FR-Alert", "FR-Alert"), tone: "red" },
        { icon: "siren", label: l("1er mercredi, midi", "1st Wednesday, noon") },
      ],
    },
    {
      kind: "icons",
      lines: 3,
      title: l("Habitude 4 : les gestes qui sauvent", "Habit 4: life-saving actions"),
      items: [
        { icon: "press", label: l("Saignement", "Bleeding"), tone: "red" },
        { icon: "heart", label: l("Massage cardiaque", "Chest compressions"), tone: "red" },
        { icon: "clock", label: l("2 heures", "2 hours") },
      ],
    },
  ],
  "m2-u2": [
    {
      kind: "icons",
      lines: 3,
      items: [
        { icon: "bag", label: l("Un sac seul ?", "A bag alone?"), tone: "amber" },
        { icon: "camera", label: l("Quelqu'un filme ?", "Someone filming?"), tone: "amber" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Être vigilant", "Staying alert"),
      items: [{ icon: "eye", label: l("Ce qui n'est pas à sa place", "What is out of place"), tone: "amber" }],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Un comportement, pas une apparence", "Behaviour, not appearance"),
      items: [{ icon: "crowd", label: l("Inhabituel, ici et maintenant", "Unusual, here and now") }],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Objet suspect", "Suspicious object"),
      items: [
        { icon: "bag", label: l("Ne pas toucher", "Don't touch"), tone: "red" },
        { icon: "escape", label: l("S'éloigner", "Move away") },
        { icon: "alert", label: l("Appeler le 17", "Call 17"), tone: "amber" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Signaler", "Reporting"),
      items: [
        { icon: "eye", label: l("Discrètement", "Discreetly") },
        { icon: "document", label: l("Des faits précis", "Precise facts"), tone: "amber" },
      ],
    },
    {
      kind: "numbers",
      lines: 3,
      title: l("Un proche se radicalise ?", "Someone close radicalising?"),
      items: [{ number: "0 800 005 696", label: l("Numéro vert, gratuit", "Free helpline") }],
    },
    {
      kind: "icons",
      lines: 3,
      title: l("Gestes responsables", "Responsible habits"),
      items: [
        { icon: "bag", label: l("Garder ses bagages", "Keep your bags") },
        { icon: "shield", label: l("Accepter les contrôles", "Accept checks"), tone: "amber" },
        { icon: "noPost", label: l("Pas de rumeurs", "No rumours"), tone: "red" },
      ],
    },
  ],
  "m2-u3": [
    {
      kind: "icons",
      lines: 3,
      title: l("Des tirs dans le hall", "Shots in the lobby"),
      items: [
        { icon: "eye", label: l("D'où ?", "From where?"), tone: "red" },
        { icon: "clock", label: l("Quelques secondes", "A few seconds") },
      ],
    },
    {
      kind: "icons",
      lines: 1,
      title: l("Les réflexes", "The reflexes"),
      items: [
        { icon: "escape", label: l("S'échapper", "Escape"), tone: "amber" },
        { icon: "hide", label: l("Se cacher", "Hide"), tone: "amber" },
        { icon: "alert", label: l("Alerter", "Alert"), tone: "amber" },
      ],
    },
    {
      kind: "icons",
      lines: 1,
      title: l("1. S'échapper", "1. Escape"),
      items: [{ icon: "escape", label: l("Loin du danger", "Away from danger"), tone: "amber" }],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("2. Se cacher", "2. Hide"),
      items: [
        { icon: "hide", label: l("Verrouiller, barricader", "Lock, barricade"), tone: "amber" },
        { icon: "alert", label: l("Téléphone muet", "Phone silent"), tone: "red" },
      ],
    },
    {
      kind: "numbers",
      lines: 2,
      title: l("3. Alerter, une fois à l'abri", "3. Alert, once safe"),
      items: [
        { number: "17", label: l("Police", "Police") },
        { number: "112", label: l("Urgences", "Emergency") },
        { number: "114", label: l("Par SMS", "By text") },
      ],
    },
    {
      kind: "icons",
      lines: 1,
      title: l("Résister ?", "Resist?"),
      items: [{ icon: "together", label: l("En dernier recours, à plusieurs", "Last resort, together"), tone: "red" }],
    },
    {
      kind: "icons",
      lines: 2,
      items: [
        { icon: "hands", label: l("Mains levées, ouvertes", "Hands raised, open") },
        { icon: "noPost", label: l("Rien sur les réseaux", "Nothing online"), tone: "red" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("À vous de choisir", "Your choices"),
      items: [
        { icon: "escape", label: l("S'échapper", "Escape"), tone: "amber" },
        { icon: "hide", label: l("Se cacher", "Hide"), tone: "amber" },
        { icon: "alert", label: l("Alerter", "Alert"), tone: "amber" },
      ],
    },
  ],
  "m2-u4": [
    {
      kind: "icons",
      lines: 2,
      title: l("Les premières minutes", "The first minutes"),
      items: [
        { icon: "clock", label: l("Avant les secours", "Before help arrives") },
        { icon: "crowd", label: l("Les témoins agissent", "Bystanders act"), tone: "amber" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      items: [
        { icon: "shield", label: l("Protéger", "Protect") },
        { icon: "alert", label: l("Alerter", "Alert"), tone: "amber" },
        { icon: "firstAid", label: l("Secourir", "Help"), tone: "red" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Un saignement abondant", "Serious bleeding"),
      items: [
        { icon: "press", label: l("Appuyer fort", "Press hard"), tone: "red" },
        { icon: "clock", label: l("Garrot : noter l'heure", "Tourniquet: note the time") },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      items: [
        { icon: "escape", label: l("Déplacer : danger immédiat", "Move: immediate danger") },
        { icon: "heart", label: l("Masser, défibriller", "Compress, defibrillate"), tone: "red" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Après l'attaque", "After the attack"),
      items: [
        { icon: "building", label: l("Sources officielles", "Official sources") },
        { icon: "noPost", label: l("Pas de rumeurs", "No rumours"), tone: "red" },
      ],
    },
    {
      kind: "numbers",
      lines: 2,
      items: [
        { number: "CIAV", label: l("Les familles", "Families") },
        { number: "116 006", label: l("Aide aux victimes", "Victim support") },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      items: [
        { icon: "crowd", label: l("Les témoins aussi", "Witnesses too") },
        { icon: "document", label: l("Certificat médical", "Medical certificate"), tone: "amber" },
      ],
    },
  ],
};
