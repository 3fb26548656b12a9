package org.medmine.privacy;

import java.util.List;

/**
 * The people and places of the de-identification corpus, in two pools that share nothing: the development part
 * draws from {@link #DEV}, the held-out part from {@link #HELD_OUT}, so a detector tuned on the one meets names,
 * towns and hospitals it has never seen in the other. All invented or common; none is taken from a real note.
 */
record NotePools(
    List<String> given, List<String> family, List<String> rareFamily, List<String> towns, List<String> hospitals,
    List<String> wards, List<String> streets, List<String> states) {

  static final NotePools DEV = new NotePools(
      List.of("Maria", "James", "Aisha", "Lupe", "Priya", "Kevin", "Olivia", "Mateo", "Hannah", "Wei", "Dorothy",
          "Harold", "Tom", "Mary", "Grace", "Frank", "Bill", "Rose", "Joyce", "Earl", "Carmen", "Luis", "Nadia",
          "Raymond", "Gloria", "Eileen", "Tyrone", "Keisha", "Sean", "Megan", "Ivan", "Yusuf", "Mark", "Hope"),
      List.of("Okafor", "Brannigan", "Zelinski", "Nguyen", "Garcia", "Abernathy", "Kowalczyk", "Thompson", "Haddad",
          "Lindqvist", "Murphy", "O'Brien", "McCarthy", "Sullivan", "Rossi", "Patel", "Washington", "Young", "Brown",
          "White", "Castillo", "Fitzgerald", "Delgado", "Russo", "Kaplan", "Schwartz", "Novak", "Moreau", "Baker"),
      List.of("Szczepanski", "Okonkwo", "Vuong", "Abeywickrama", "Tsosie", "Kealoha"),
      List.of("Wakefield", "Sturbridge", "Quincy", "Marblehead", "Pittsfield", "Framingham", "Worcester", "Lowell",
          "New Bedford", "Fall River", "Brockton", "Somerville", "Chicopee", "Attleboro", "Gloucester", "Taunton"),
      List.of("Mercy Hospital", "Saint Anne's Hospital", "Lakeview Medical Center", "Brookside Rehabilitation Center",
          "Harborview Nursing Home", "North Shore Medical Center", "Greenfield Community Hospital",
          "Pine Ridge Hospice", "Riverside Clinic", "St. Luke's Medical Center", "Hillcrest Manor"),
      List.of("Ellison 11", "Blake 7", "Farr 5", "7 North", "4 West", "Shapiro 6", "Tower 3"),
      List.of("Maple Street", "Fisher Avenue", "Oak Hill Road", "Cedar Lane", "Elm Street", "Winthrop Drive",
          "Pleasant St", "Highland Ave", "Chestnut Court"),
      List.of("Massachusetts", "New Hampshire", "Rhode Island", "Connecticut", "Maine", "Vermont", "New York"));

  static final NotePools HELD_OUT = new NotePools(
      List.of("Gertrude", "Walter", "Fatima", "Dmitri", "Beatriz", "Chen", "Imani", "Roberto", "Agnes", "Curtis",
          "Lorraine", "Desmond", "Yolanda", "Henrik", "Siobhan", "Marcus", "Ruth", "Jack", "Lily", "Victor", "Paula",
          "Ahmed", "Consuelo", "Bernard", "Trudy", "Kwame", "Ingrid", "Faith", "Sterling", "Will"),
      List.of("Hoffman", "Adeyemi", "Pereira", "Kim", "Lebowitz", "Wojcik", "Mancini", "Gallagher", "Ferreira",
          "Jablonski", "Oyelaran", "Tran", "Richardson", "Hughes", "Cho", "Bianchi", "Price", "Stone", "Green",
          "Hill", "Weiss", "Morales", "Carmichael", "Lundgren", "Petrakis", "Dubois", "Holloway", "Ramos"),
      List.of("Wyrzykowski", "Nwachukwu", "Ngata", "Tafolla", "Begay", "Oyelowo"),
      List.of("Haverhill", "Leominster", "Westfield", "Methuen", "Peabody", "Revere", "Billerica", "Dedham",
          "Springfield", "Holyoke", "Nantucket", "Falmouth", "North Adams", "East Longmeadow", "Amesbury"),
      List.of("Bayside General Hospital", "Good Samaritan Medical Center", "Cedar Grove Nursing Center",
          "Meadowbrook Rehab", "Saint Brigid's Hospital", "Valley Regional Hospital", "Oakwood Health Center",
          "Whitestone Hospice", "Summit Surgical Center", "Heritage Manor", "Copley Dialysis Center"),
      List.of("Wang 9", "Phillips 14", "Bigelow 12", "5 South", "6 East", "Gray 3", "Baker 8"),
      List.of("Prospect Street", "Woodland Road", "Sumner Avenue", "Birch Terrace", "Harrison Ave", "Main St",
          "Lincoln Parkway", "Water Street", "Hawthorne Circle"),
      List.of("Ohio", "Pennsylvania", "Florida", "Texas", "California", "Georgia", "New Jersey"));
}
