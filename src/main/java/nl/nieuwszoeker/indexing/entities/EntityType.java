package nl.nieuwszoeker.indexing.entities;

enum EntityType {
    PERSON, PLACE, ORGANISATION
}
