#include "HistoryFixture.h"
