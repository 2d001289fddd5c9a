#include "PipelineTestSupport.h"

#include "DealColumnModel.h"
#include "DealListModel.h"
#include "Dialogs.h"
#include "PipelineBoard.h"
#include "StageColumnView.h"
#include "TextPrompt.h"

#include <QAbstractItemModelTester>
#include <QDropEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>

#include <memory>

using namespace peyvand;
using peyvand::test::u8;
using ui::Dialogs;
using ui::DealColumnModel;

namespace {
// What a drag from the card produces: the source model's own mime data.
std::unique_ptr<QMimeData> dragOf(ui::PipelineBoard& board, qint64 dealId)
{
    ui::StageColumnView* source = board.columnOf(dealId);
    REQUIRE(source != nullptr);
    const QModelIndex index = source->model()->index(source->model()->rowOf(dealId));
    return std::unique_ptr<QMimeData>(source->model()->mimeData({ index }));
}

bool drop(ui::PipelineBoard& board, qint64 dealId, qint64 stageId, int row)
{
    const std::unique_ptr<QMimeData> data = dragOf(board, dealId);
    DealColumnModel* target = board.column(stageId)->model();
    REQUIRE(target->canDropMimeData(data.get(), Qt::MoveAction, row, 0, {}));
    const bool dropped = target->dropMimeData(data.get(), Qt::MoveAction, row, 0, {});
    test::settle();
    return dropped;
}
} // namespace

TEST_CASE("A column model passes the model tester and its cards drag out as deal data", "[ui][pipeline]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PipelineFixture f;
    const customers::Customer pars = f.customer(u8("شرکت پارس"));
    const pipeline::Deal a = f.deal(u8("شبکه دفتر مرکزی"), 150000000, QStringLiteral("first_contact"), pars.id,
                                    QDate(2025, 4, 1), u8("سارا"));
    const pipeline::Deal b = f.deal(QStringLiteral("CRM licences"), 42000000);

    const Result<QList<pipeline::StageColumn>> board = f.services->deals.board();
    REQUIRE(board.hasValue());
    DealColumnModel model(f.stage(QStringLiteral("first_contact")).id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDeals(board->first().deals, false);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.dealId(0) == a.id);
    CHECK(model.rowOf(b.id) == 1);

    const QModelIndex first = model.index(0);
    CHECK(first.data(DealColumnModel::TitleRole).toString() == u8("شبکه دفتر مرکزی"));
    CHECK(first.data(DealColumnModel::PartyRole).toString() == u8("شرکت پارس"));
    CHECK(first.data(DealColumnModel::AmountRole).toLongLong() == 150000000);
    CHECK(first.data(DealColumnModel::AmountTextRole).toString().startsWith(u8("۱۵۰٬۰۰۰٬۰۰۰ ")));
    CHECK(first.data(DealColumnModel::ExpectedCloseTextRole).toString() == u8("۱۴۰۴/۰۱/۱۲"));
    CHECK(first.data(DealColumnModel::OwnerRole).toString() == u8("سارا"));
    CHECK(model.flags(first).testFlag(Qt::ItemIsDragEnabled));
    CHECK_FALSE(model.flags(first).testFlag(Qt::ItemIsDropEnabled)); // drops land between cards
    CHECK(model.flags({}).testFlag(Qt::ItemIsDropEnabled));

    SECTION("the mime data names the deal, its stage and its row")
    {
        std::unique_ptr<QMimeData> data(model.mimeData({ model.index(1) }));
        REQUIRE(data);
        CHECK(data->hasFormat(DealColumnModel::kMimeType));
        const auto dragged = DealColumnModel::decode(data.get());
        REQUIRE(dragged.has_value());
        CHECK(dragged->dealId == b.id);
        CHECK(dragged->stageId == model.stageId());
        CHECK(dragged->row == 1);
    }

    SECTION("foreign or broken data is refused")
    {
        QMimeData text;
        text.setText(QStringLiteral("42"));
        CHECK_FALSE(DealColumnModel::decode(&text).has_value());
        CHECK_FALSE(model.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
        QMimeData broken;
        broken.setData(DealColumnModel::kMimeType, QByteArray("xx"));
        CHECK_FALSE(DealColumnModel::decode(&broken).has_value());
        std::unique_ptr<QMimeData> good(model.mimeData({ model.index(0) }));
        CHECK_FALSE(model.canDropMimeData(good.get(), Qt::CopyAction, 0, 0, {}));
        CHECK_FALSE(model.dropMimeData(good.get(), Qt::MoveAction, 0, 0, {})); // no handler: nothing moves
    }

    SECTION("within its own column a card moved down lands one row higher")
    {
        std::unique_ptr<QMimeData> data(model.mimeData({ model.index(0) }));
        const auto dragged = DealColumnModel::decode(data.get());
        CHECK(model.targetIndex(*dragged, 2) == -1); // after the last card: the end
        CHECK(model.targetIndex(*dragged, 0) == 0);
        std::unique_ptr<QMimeData> second(model.mimeData({ model.index(1) }));
        CHECK(model.targetIndex(*DealColumnModel::decode(second.get()), 0) == 0);
        DealColumnModel other(model.stageId() + 1);
        other.setDeals(board->first().deals, false);
        CHECK(other.targetIndex(*dragged, 1) == 1); // from another column nothing shifts
    }
}

TEST_CASE("Dropping a card on another column moves the deal there, at the drop row", "[ui][pipeline][dnd]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    const pipeline::Deal a = f.deal(QStringLiteral("Alpha"), 10000000);
    const pipeline::Deal b = f.deal(QStringLiteral("Bravo"), 20000000, QStringLiteral("needs_analysis"));
    const pipeline::Deal c = f.deal(QStringLiteral("Charlie"), 30000000, QStringLiteral("needs_analysis"));
    ui::PipelineBoard board(*f.services);
    board.resize(1600, 700);
    board.show();
    board.reload({});
    const qint64 needs = f.stage(QStringLiteral("needs_analysis")).id;
    REQUIRE(board.column(needs)->model()->rowCount() == 2);

    SECTION("between two cards")
    {
        CHECK(drop(board, a.id, needs, 1));
        CHECK(f.services->deals.get(a.id)->stageId == needs);
        CHECK(f.column(QStringLiteral("needs_analysis")) == QList<qint64> { b.id, a.id, c.id });
        CHECK(f.column(QStringLiteral("first_contact")).isEmpty());
        // The board read the columns again.
        CHECK(board.column(needs)->model()->rowCount() == 3);
        CHECK(board.column(needs)->model()->dealId(1) == a.id);
        CHECK(board.column(f.stage(QStringLiteral("first_contact")).id)->model()->rowCount() == 0);
        CHECK(board.currentDealId() == a.id);
    }
    SECTION("after the last card")
    {
        CHECK(drop(board, a.id, needs, -1));
        CHECK(f.column(QStringLiteral("needs_analysis")) == QList<qint64> { b.id, c.id, a.id });
    }
    SECTION("on top")
    {
        CHECK(drop(board, a.id, needs, 0));
        CHECK(f.column(QStringLiteral("needs_analysis")) == QList<qint64> { a.id, b.id, c.id });
    }
    SECTION("into a won stage closes the deal")
    {
        CHECK(drop(board, c.id, f.stage(QStringLiteral("won")).id, -1));
        const Result<pipeline::Deal> won = f.services->deals.get(c.id);
        CHECK(won->stageId == f.stage(QStringLiteral("won")).id);
        CHECK(won->closedAt.isValid());
    }
}

TEST_CASE("Dragging a card within its column reorders it", "[ui][pipeline][dnd]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PipelineFixture f;
    const pipeline::Deal a = f.deal(QStringLiteral("A"), 1000);
    const pipeline::Deal b = f.deal(QStringLiteral("B"), 2000);
    const pipeline::Deal c = f.deal(QStringLiteral("C"), 3000);
    ui::PipelineBoard board(*f.services);
    board.show();
    board.reload({});
    const qint64 first = f.stage(QStringLiteral("first_contact")).id;

    CHECK(drop(board, a.id, first, 2)); // dropped between B and C
    CHECK(f.column(QStringLiteral("first_contact")) == QList<qint64> { b.id, a.id, c.id });
    CHECK(drop(board, c.id, first, 0));
    CHECK(f.column(QStringLiteral("first_contact")) == QList<qint64> { c.id, b.id, a.id });
    CHECK(drop(board, c.id, first, -1));
    CHECK(f.column(QStringLiteral("first_contact")) == QList<qint64> { b.id, a.id, c.id });
    CHECK(board.column(first)->model()->dealId(2) == c.id);
}

TEST_CASE("A drop event on a column's view takes the same path as a mouse drop", "[ui][pipeline][dnd]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    const pipeline::Deal a = f.deal(QStringLiteral("Alpha"), 10000000);
    const pipeline::Deal b = f.deal(QStringLiteral("Bravo"), 20000000, QStringLiteral("quote_sent"));
    const pipeline::Deal c = f.deal(QStringLiteral("Charlie"), 30000000, QStringLiteral("quote_sent"));
    ui::PipelineBoard board(*f.services);
    board.resize(1600, 700);
    board.show();
    board.reload({});
    test::settle();
    ui::StageColumnView* target = board.column(f.stage(QStringLiteral("quote_sent")).id);
    QListView* view = target->list();
    // Just above the middle line of the second card: before it.
    const QRect second = view->visualRect(target->model()->index(1));
    REQUIRE(second.isValid());
    const QPoint at(second.center().x(), second.top() + 3);

    const std::unique_ptr<QMimeData> data = dragOf(board, a.id);
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    CHECK(move.isAccepted());
    QDropEvent dropEvent(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &dropEvent);
    CHECK(dropEvent.isAccepted());
    test::settle();

    CHECK(f.services->deals.get(a.id)->stageId == f.stage(QStringLiteral("quote_sent")).id);
    CHECK(f.column(QStringLiteral("quote_sent")) == QList<qint64> { b.id, a.id, c.id });
}

TEST_CASE("Dropping a card on a lost stage asks why, and cancelling keeps the deal where it was", "[ui][pipeline][dnd]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PipelineFixture f;
    const pipeline::Deal a = f.deal(u8("قرارداد پشتیبانی"), 90000000, QStringLiteral("negotiation"));
    ui::PipelineBoard board(*f.services);
    board.show();
    board.reload({});
    const qint64 lost = f.stage(QStringLiteral("lost")).id;

    SECTION("with a reason")
    {
        ui::TextPrompt::scriptAnswers({ u8("قیمت بالا") });
        CHECK(drop(board, a.id, lost, -1));
        test::settle(); // the question comes once the drop is over
        CHECK_FALSE(ui::TextPrompt::hasScriptedAnswers());
        const Result<pipeline::Deal> moved = f.services->deals.get(a.id);
        CHECK(moved->stageId == lost);
        CHECK(moved->lostReason == u8("قیمت بالا"));
        CHECK(moved->closedAt.isValid());
        CHECK(board.column(lost)->model()->rowOf(a.id) == 0);
    }
    SECTION("without one: the reason is optional")
    {
        ui::TextPrompt::scriptAnswers({ QString() });
        CHECK(drop(board, a.id, lost, -1));
        test::settle();
        CHECK(f.services->deals.get(a.id)->stageId == lost);
        CHECK(f.services->deals.get(a.id)->lostReason.isEmpty());
    }
    SECTION("cancelled")
    {
        ui::TextPrompt::scriptAnswers({ std::nullopt });
        drop(board, a.id, lost, -1);
        test::settle();
        CHECK(f.services->deals.get(a.id)->stageId == f.stage(QStringLiteral("negotiation")).id);
        CHECK(board.column(lost)->model()->rowCount() == 0);
    }
    ui::TextPrompt::scriptAnswers({});
}

TEST_CASE("The board's columns follow the stage order from the start side of the language", "[ui][pipeline]")
{
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::UiLanguage language(lang);
        test::PipelineFixture f;
        f.deal(QStringLiteral("A"), 1000);
        ui::PipelineBoard board(*f.services);
        board.resize(1800, 600);
        board.show();
        board.reload({});
        test::settle();
        const QList<ui::StageColumnView*> columns = board.columns();
        REQUIRE(columns.size() == 6);
        CHECK(columns.first()->stage().key == QStringLiteral("first_contact"));
        CHECK(columns.last()->stage().key == QStringLiteral("lost"));
        const int firstX = columns.first()->mapTo(&board, QPoint(0, 0)).x();
        const int lastX = columns.last()->mapTo(&board, QPoint(0, 0)).x();
        if (lang == i18n::Language::Persian)
            CHECK(firstX > lastX);
        else
            CHECK(firstX < lastX);
    }
}

TEST_CASE("A column's header shows the stage, its probability, the count and the amounts", "[ui][pipeline]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    f.deal(QStringLiteral("A"), 10000000, QStringLiteral("quote_sent"));
    f.deal(QStringLiteral("B"), 30000000, QStringLiteral("quote_sent"));
    ui::PipelineBoard board(*f.services);
    board.reload({});
    ui::StageColumnView* column = board.column(f.stage(QStringLiteral("quote_sent")).id);
    CHECK(column->titleLabel()->text().contains(QStringLiteral("50%")));
    const QString summary = column->summaryLabel()->text();
    CHECK(summary.contains(QStringLiteral("2 deals")));
    CHECK(summary.contains(QStringLiteral("40,000,000 Rial")));
    CHECK(summary.contains(QStringLiteral("20,000,000 Rial"))); // weighted at 50 %

    SECTION("a search leaves only the matching cards")
    {
        pipeline::DealFilter filter;
        filter.text = QStringLiteral("B");
        board.reload(filter);
        CHECK(column->model()->rowCount() == 1);
        CHECK(column->summaryLabel()->text().contains(QStringLiteral("1 deal")));
    }
}

TEST_CASE("Moving a deal by the board's own call reports errors and keeps the board whole", "[ui][pipeline]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    const pipeline::Deal a = f.deal(QStringLiteral("A"), 1000);
    ui::PipelineBoard board(*f.services);
    board.reload({});
    Dialogs::takeShownTexts();
    CHECK_FALSE(board.moveDeal(a.id + 100, f.stage(QStringLiteral("won")).id, -1)); // no such deal
    CHECK(Dialogs::takeShownTexts().size() == 1);
    test::settle();
    CHECK(board.columns().size() == 6);
    CHECK(board.moveDeal(a.id, f.stage(QStringLiteral("won")).id, -1));
    test::settle();
    CHECK_FALSE(board.reloadPending());
    CHECK(board.column(f.stage(QStringLiteral("won")).id)->model()->rowOf(a.id) == 0);
}

TEST_CASE("The deal list model sorts by any column and passes the model tester", "[ui][pipeline][models]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PipelineFixture f;
    const customers::Customer c = f.customer(u8("علی کریمی"));
    f.deal(u8("ب فروش"), 30000000, QStringLiteral("quote_sent"), c.id, QDate(2025, 5, 1), u8("رضا"));
    f.deal(u8("آ نصب"), 10000000, QStringLiteral("negotiation"), 0, QDate(2025, 3, 30));
    f.deal(u8("پ پشتیبانی"), 20000000, QStringLiteral("first_contact"));

    ui::DealListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDeals(f.services->deals.list().valueOr({}), false);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == ui::DealListModel::ColumnCount);

    model.sort(ui::DealListModel::AmountColumn, Qt::DescendingOrder);
    CHECK(model.index(0, ui::DealListModel::AmountColumn).data(ui::DealListModel::SortRole).toLongLong() == 30000000);
    CHECK(model.index(0, ui::DealListModel::AmountColumn).data().toString() == u8("۳۰٬۰۰۰٬۰۰۰"));
    CHECK(model.index(0, ui::DealListModel::WeightedColumn).data().toString() == u8("۱۵٬۰۰۰٬۰۰۰"));
    CHECK(model.index(0, ui::DealListModel::ProbabilityColumn).data().toString().contains(u8("۵۰")));
    CHECK(test::plain(model.index(0, ui::DealListModel::PartyColumn).data()) == u8("علی کریمی"));
    CHECK(test::plain(model.index(0, ui::DealListModel::OwnerColumn).data()) == u8("رضا"));
    CHECK(model.index(0, ui::DealListModel::ExpectedCloseColumn).data().toString() == u8("۱۴۰۴/۰۲/۱۱"));

    model.sort(ui::DealListModel::TitleColumn, Qt::AscendingOrder);
    CHECK(test::plain(model.index(0, ui::DealListModel::TitleColumn).data()) == u8("آ نصب"));
    CHECK(test::plain(model.index(2, ui::DealListModel::TitleColumn).data()) == u8("پ پشتیبانی"));

    model.sort(ui::DealListModel::ExpectedCloseColumn, Qt::DescendingOrder);
    CHECK(model.index(0, ui::DealListModel::ExpectedCloseColumn).data(ui::DealListModel::SortRole).toString()
          == QStringLiteral("2025-05-01"));

    // A new read keeps the order chosen.
    model.setDeals(f.services->deals.list().valueOr({}), true);
    CHECK(model.index(0, ui::DealListModel::ExpectedCloseColumn).data(ui::DealListModel::SortRole).toString()
          == QStringLiteral("2025-05-01"));
    CHECK(model.index(0, ui::DealListModel::AmountColumn).data().toString() == u8("۳٬۰۰۰٬۰۰۰")); // now in Toman
    CHECK(model.rowOf(model.dealId(1)) == 1);
}
