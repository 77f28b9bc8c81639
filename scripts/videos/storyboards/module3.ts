// Module 3's intro videos: what each scene shows while its transcript lines are spoken (`lines`).
import type { Scene } from "../scenes";
import { l } from "./module1";

export const MODULE_3: Record<string, Scene[]> = {
  "m3-u1": [
    {
      kind: "icons",
      lines: 2,
      title: l("Vous accueillez du public", "You welcome the public"),
      items: [
        { icon: "building", label: l("Musée, mairie", "Museum, town hall") },
        { icon: "crowd", label: l("Festival, magasin", "Festival, shop"), tone: "amber" },
      ],
    },
    {
      kind: "terms",
      lines: 3,
      title: l("ERP", "ERP"),
      items: [
        { term: l("ERP", "ERP"), meaning: l("public admis", "public admitted") },
        { term: l("5", "5"), meaning: l("catégories", "categories") },
        { term: l("Type", "Type"), meaning: l("l'activité", "the activity") },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Quelles règles ?", "Which rules?"),
      items: [
        { icon: "siren", label: l("ERP : incendie, panique", "ERP: fire, panic") },
        { icon: "shield", label: l("Attentat : Vigipirate", "Attacks: Vigipirate"), tone: "red" },
      ],
    },
    {
      kind: "icons",
      lines: 3,
      title: l("Quelques obligations", "Some obligations"),
      items: [
        { icon: "law", label: l("Employeur", "Employer") },
        { icon: "document", label: l("Écoles : un PPMS", "Schools: one PPMS"), tone: "amber" },
        { icon: "firstAid", label: l("Santé : un plan", "Health: a plan") },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("À l'entrée", "At the entrance"),
      items: [
        { icon: "eye", label: l("Regarder", "Look") },
        { icon: "bag", label: l("Fouiller : accord", "Search: consent"), tone: "amber" },
        { icon: "hands", label: l("Palper : sous conditions", "Pat-down: conditions"), tone: "red" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Périmètre de protection", "Protection perimeter"),
      items: [
        { icon: "building", label: l("Le préfet", "The prefect") },
        { icon: "shield", label: l("Protéger son public", "Protect your public"), tone: "amber" },
      ],
    },
  ],
  "m3-u2": [
    {
      kind: "icons",
      lines: 2,
      title: l("Une cible possible ?", "A possible target?"),
      items: [
        { icon: "building", label: l("Symbole", "Symbol") },
        { icon: "eye", label: l("Visibilité", "Visibility"), tone: "amber" },
        { icon: "crowd", label: l("Foule", "Crowd") },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      items: [
        { icon: "eye", label: l("Le repérage se voit", "Scouting shows"), tone: "red" },
        { icon: "search", label: l("Votre site en revue", "Review your site") },
      ],
    },
    {
      kind: "icons",
      lines: 1,
      title: l("Point par point", "Point by point"),
      items: [
        { icon: "camera", label: l("Vidéo", "CCTV") },
        { icon: "document", label: l("Courrier", "Mail"), tone: "amber" },
        { icon: "crowd", label: l("Personnel", "Staff") },
      ],
    },
    {
      kind: "icons",
      lines: 3,
      title: l("Attaque dehors ou dedans ?", "Attack outside or inside?"),
      items: [
        { icon: "hide", label: l("Dehors : confinement", "Outside: lockdown"), tone: "amber" },
        { icon: "escape", label: l("Dedans : évacuation", "Inside: evacuation"), tone: "red" },
      ],
    },
    {
      kind: "icons",
      lines: 1,
      items: [
        { icon: "speaker", label: l("Alerte attentat", "Attack alert"), tone: "red" },
        { icon: "siren", label: l("≠ alarme incendie", "≠ fire alarm") },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Se préparer", "Be ready"),
      items: [
        { icon: "document", label: l("Procédures", "Procedures") },
        { icon: "clock", label: l("Exercices", "Exercises"), tone: "amber" },
        { icon: "firstAid", label: l("Personnel formé", "Trained staff") },
      ],
    },
    {
      kind: "icons",
      lines: 3,
      title: l("Et après ?", "And after?"),
      items: [
        { icon: "together", label: l("Prendre soin", "Care for people") },
        { icon: "building", label: l("Avec les autorités", "With the authorities"), tone: "amber" },
      ],
    },
  ],
  "m3-u3": [
    {
      kind: "icons",
      lines: 2,
      title: l("Marché, festival, course", "Market, festival, race"),
      items: [
        { icon: "crowd", label: l("Beaucoup de monde", "Many people") },
        { icon: "clock", label: l("Une heure connue", "A known time"), tone: "amber" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Un travail d'équipe", "Teamwork"),
      items: [
        { icon: "together", label: l("Organisateur", "Organiser") },
        { icon: "building", label: l("Maire", "Mayor") },
        { icon: "shield", label: l("Police", "Police"), tone: "amber" },
        { icon: "firstAid", label: l("Pompiers", "Firefighters"), tone: "red" },
      ],
    },
    {
      kind: "icons",
      lines: 1,
      items: [{ icon: "document", label: l("Déclarer à temps", "Declare in time"), tone: "amber" }],
    },
    {
      kind: "plan",
      lines: 3,
      labels: {
        perimeter: l("Périmètre", "Perimeter"),
        obstacle: l("Obstacles", "Obstacles"),
        rescue: l("Accès secours", "Rescue access"),
      },
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Aux entrées", "At the entrances"),
      items: [
        { icon: "eye", label: l("Filtrage", "Screening") },
        { icon: "clock", label: l("Files courtes", "Short queues"), tone: "amber" },
        { icon: "search", label: l("Inspection", "Sweep") },
      ],
    },
    {
      kind: "icons",
      lines: 3,
      items: [
        { icon: "speaker", label: l("Messages d'évacuation", "Evacuation messages"), tone: "red" },
        { icon: "search", label: l("Les points faibles", "The weak points") },
      ],
    },
  ],
  "m3-u4": [
    {
      kind: "timeline",
      lines: 1,
      title: l("Des communes modestes", "Smaller communes"),
      events: [
        { when: "2016", label: l("Magnanville", "Magnanville") },
        { when: "2016", label: l("Saint-Étienne- du-Rouvray", "Saint-Étienne- du-Rouvray") },
        { when: "2018", label: l("Trèbes", "Trèbes") },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Le maire", "The mayor"),
      items: [
        { icon: "building", label: l("Pouvoirs de police", "Police powers") },
        { icon: "together", label: l("Avec l'État", "With the State"), tone: "amber" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Avant", "Before"),
      items: [
        { icon: "document", label: l("Encadrer un événement", "Set event conditions") },
        { icon: "eye", label: l("Prévenir la radicalisation", "Prevent radicalisation"), tone: "amber" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Pendant", "During"),
      items: [
        { icon: "siren", label: l("Diriger les secours", "Direct the rescue"), tone: "red" },
        { icon: "document", label: l("Plan communal", "Safeguard plan") },
        { icon: "speaker", label: l("Informer", "Inform"), tone: "amber" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      title: l("Après", "After"),
      items: [
        { icon: "together", label: l("Retour à la normale", "Back to normal") },
        { icon: "shield", label: l("Bâtiments, données", "Buildings, data"), tone: "amber" },
      ],
    },
    {
      kind: "icons",
      lines: 2,
      items: [
        { icon: "search", label: l("Ses responsabilités", "The duties") },
        { icon: "alert", label: l("Signaler", "Report"), tone: "amber" },
      ],
    },
  ],
};
