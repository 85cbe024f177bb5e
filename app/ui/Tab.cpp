#include "ui/Tab.h"

Tab::Tab(const TabContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

Tab::~Tab() = default;
