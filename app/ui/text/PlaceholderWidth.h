#pragma once

class QLineEdit;

// A placeholder that explains the field ("Address, floor, who to ask for at reception") is
// read in full only if the field is wide enough; translations are often longer than English.
class PlaceholderWidth
{
public:
    // Makes the field at least as wide as its placeholder text needs.
    static void fit(QLineEdit *edit);
};
