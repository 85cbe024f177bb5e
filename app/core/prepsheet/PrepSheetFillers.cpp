#include "core/prepsheet/PrepSheetFillers.h"

#include "core/practice/PracticePrepSheet.h"

// A feature that adds to the prep sheet adds its filler here, once (after the notes, which
// the loader fills itself before these run).
QList<PrepSheetFiller> PrepSheetFillers::all()
{
    return {
        &PracticePrepSheet::fill, // 6 and 7: practised answers, chosen questions to ask
    };
}
