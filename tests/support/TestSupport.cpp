#include "TestSupport.h"

std::ostream& operator<<(std::ostream& os, const QString& value)
{
    return os << value.toStdString();
}
