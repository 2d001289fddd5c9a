#pragma once

#include "Error.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace peyvand {

// A value or an Error. Deliberately small and close to std::expected so it can
// be swapped for it once every supported compiler ships <expected>.
//   Result<int> r = parse(x);
//   if (!r) return r.error();
//   use(*r);
template <typename T>
class [[nodiscard]] Result {
public:
    Result(const T& value) : m_data(std::in_place_index<0>, value) { }
    Result(T&& value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(const Error& error) : m_data(std::in_place_index<1>, error) { }
    Result(Error&& error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T valueOr(T fallback) const { return hasValue() ? value() : std::move(fallback); }

    const Error& error() const { return std::get<1>(m_data); }

    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(const Error& error) : m_error(error) { }
    Result(Error&& error) : m_error(std::move(error)) { }

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace peyvand
