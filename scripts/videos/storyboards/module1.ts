// Module 1's intro videos: what each scene shows while its transcript lines are spoken (`lines`).
import type { L, Scene } from "../scenes";

export const l = (fr: string, en: string): L => ({ fr, en });

export const MODULE_1: Record<string, Scene[]> = {
  "m1-u1": [
    { kind: "title", lines: 2 },
    {
      kind: "icons",
      lines: 3,
      title: l("Pour la loi : l'intention", "For the law: the intent"),
      items: [
        { icon: "law", label: l("Ordre public", "Public order") },
        { icon: "crowd", label: l("Intimider, terroriser", "Intimidate, terrorise"), tone: "red" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Des idéologies différentes", "Different ideologies"),
      items: [
        { icon: "target", label: l("Aujourd'hui : la menace djihadiste", "Today: the jihadist threat"), tone: "red" },
      ],
    },
    {
      kind: "terms",
      lines: 3,
      title: l("Les mots justes", "The right words"),
      items: [
        { term: l("Islam", "Islam"), meaning: l("une religion", "a religion") },
        { term: l("Islamisme", "Islamism"), meaning: l("un courant politique", "a political movement") },
        { term: l("Djihadisme", "Jihadism"), meaning: l("une idéologie violente", "a violent ideology") },
      ],
    },
    {
      kind: "icons",
      lines: 3,
      title: l("D'où vient la menace ?", "Where does the threat come from?"),
      items: [
        { icon: "home", label: l("En France", "In France") },
        { icon: "globe", label: l("De l'étranger", "From abroad"), tone: "amber" },
      ],
    },
    {
      kind: "icons",
      lines: 1,
      items: [{ icon: "shield", label: l("Comprendre pour se protéger", "Understand to protect") }],
    },
  ],
  "m1-u2": [
    { kind: "title", lines: 1 },
    {
      kind: "icons",
      lines: 2,
      title: l("Des modes opératoires variés", "Varied methods of attack"),
      items: [
        { icon: "barrier", label: l("Véhicules", "Vehicles") },
        { icon: "bag", label: l("Explosifs", "Explosives"), tone: "red" },
        { icon: "target", label: l("Armes", "Weapons") },
      ],
    },
    {
      kind: "icons",
      lines: 3,
      title: l("Des cibles", "Targets"),
      items: [
        { icon: "building", label: l("Symboliques", "Symbolic") },
        { icon: "crowd", label: l("Au hasard", "At random"), tone: "red" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Des lieux exposés", "Exposed places"),
      items: [
        { icon: "crowd", label: l("Foules", "Crowds") },
        { icon: "home", label: l("Petites communes", "Small towns"), tone: "amber" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Avant d'agir", "Before acting"),
      items: [
        { icon: "target", label: l("Choisir", "Choose") },
        { icon: "eye", label: l("Repérer", "Scout"), tone: "amber" },
        { icon: "document", label: l("Se préparer", "Prepare") },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Un comportement, pas une apparence", "Behaviour, not appearance"),
      items: [
        { icon: "camera", label: l("Filmer les caméras", "Filming cameras"), tone: "amber" },
        { icon: "eye", label: l("Questions sur la sécurité", "Questions on security") },
      ],
    },
    {
      kind: "numbers",
      lines: 2,
      title: l("Discret, précis, puis alerter", "Discreet, precise, then alert"),
      items: [
        { number: "17", label: l("Police", "Police") },
        { number: "112", label: l("Urgences", "Emergency") },
      ],
    },
  ],
  "m1-u3": [
    { kind: "title", lines: 2 },
    {
      kind: "icons",
      lines: 1,
      title: l("Un plan permanent", "A standing plan"),
      items: [
        { icon: "eye", label: l("Vigilance", "Vigilance") },
        { icon: "search", label: l("Prévention", "Prevention"), tone: "amber" },
        { icon: "shield", label: l("Protection", "Protection") },
      ],
    },
    {
      kind: "timeline",
      lines: 2,
      events: [
        { when: "1978", label: l("Première instruction", "First instruction") },
        { when: "1991", label: l("Première activation", "First activation") },
        { when: "1995", label: l("Jamais levé depuis", "Never lifted since") },
      ],
    },
    {
      kind: "timeline",
      lines: 2,
      events: [
        { when: "2003", label: l("Des couleurs", "Colours") },
        { when: "2014", label: l("Un triangle", "A triangle") },
        { when: "2016", label: l("Trois niveaux", "Three levels") },
      ],
    },
    {
      kind: "numbers",
      lines: 2,
      title: l("Une partie publique, une classifiée", "A public part, a classified part"),
      items: [
        { number: "≈ 300", label: l("mesures", "measures") },
        { number: "13", label: l("domaines", "fields") },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Chacun a un rôle", "Everyone has a role"),
      items: [
        { icon: "building", label: l("État", "State") },
        { icon: "home", label: l("Collectivités", "Local bodies"), tone: "amber" },
        { icon: "crowd", label: l("Citoyens", "Citizens") },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Dans cette unité", "In this unit"),
      items: [
        { icon: "clock", label: l("Histoire", "History") },
        { icon: "target", label: l("Objectifs", "Aims"), tone: "amber" },
        { icon: "together", label: l("Acteurs", "Actors") },
      ],
    },
  ],
  "m1-u4": [
    { kind: "levels", lines: 2, title: l("Trois niveaux depuis 2016", "Three levels since 2016") },
    { kind: "levels", lines: 1, title: l("Partout, tous les jours", "Everywhere, every day"), highlight: 1 },
    { kind: "levels", lines: 1, title: l("Menace élevée", "High threat"), highlight: 2 },
    { kind: "levels", lines: 2, title: l("Menace imminente", "Imminent threat"), highlight: 3 },
    {
      kind: "icons",
      lines: 3,
      title: l("Qui décide ?", "Who decides?"),
      items: [
        { icon: "building", label: l("Premier ministre", "Prime Minister") },
        { icon: "document", label: l("SGDSN", "SGDSN"), tone: "amber" },
        { icon: "shield", label: l("Préfets", "Prefects") },
      ],
    },
    {
      kind: "timeline",
      lines: 2,
      title: l("Urgence attentat", "Attack emergency"),
      events: [
        { when: "2020", label: l("Nice", "Nice") },
        { when: "2023", label: l("Arras", "Arras") },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Dans cette unité", "In this unit"),
      items: [
        { icon: "eye", label: l("Lire les niveaux", "Read the levels") },
        { icon: "search", label: l("Vérifier le niveau", "Check the level"), tone: "amber" },
      ],
    },
  ],
};
