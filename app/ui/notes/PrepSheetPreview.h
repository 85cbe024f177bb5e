#pragma once

#include "core/prepsheet/PrepSheetData.h"

#include <functional>

class QWidget;

// Shows a prep sheet in a print preview (Print and Save as PDF are in it). Tests replace
// the dialog, which would block, with a function that receives the sheet.
class PrepSheetPreview
{
public:
    static void show(QWidget *parent, const PrepSheetData &sheet);

    using Override = std::function<void(const PrepSheetData &sheet)>;
    static void setOverride(Override override);
    static void clearOverride() { setOverride({}); }
};
