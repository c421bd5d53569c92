#pragma once

class QHeaderView;

// Widens every visible section that is narrower than its label needs (text, margins and the sort
// arrow's room, as the header measures it); never narrows one. Views call it after setting their
// widths (and restoring a saved header) and again when the language changes, so no column title
// is cut ("riority"), in English or in Chinese.
void widenSectionsToLabels(QHeaderView *header);
