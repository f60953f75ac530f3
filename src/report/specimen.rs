//! Specimen values of the render contexts: every field filled, every list
//! with one item, every optional with a value, made from the context types
//! themselves (through their `Deserialize`), so that a field added to a
//! context is in its specimen too.
//!
//! [`super::templates::Templates::check`] renders each template once with
//! a specimen, its conditions taking both branches: a misspelt field in a
//! part of a custom template that the consultation's data does not reach
//! yet (the list of orphaned decisions, a late response, a private
//! person's letter) is so found when the template is loaded, not in the
//! run where such data first appears.

use serde::de::{self, DeserializeSeed, Visitor};
use serde::Deserialize;

/// The error of [`specimen`]: only a type that cannot be made from any
/// value fails.
pub type Error = de::value::Error;

/// The text of every string of a specimen: it reads as a memo number
/// (`1.1`), which is written as a string too.
const TEXT: &str = "1.1";

/// Lists and optionals nested deeper than this are left empty (no context
/// type is recursive; this only bounds one that becomes so).
const MAX_DEPTH: usize = 16;

/// A value of `T` with every field filled: lists with one item, optionals
/// with a value, numbers 1, truth values true, texts `1.1`.
pub fn specimen<T: Deserialize<'static>>() -> Result<T, Error> {
    T::deserialize(Specimen { depth: 0 })
}

/// The deserializer that makes a specimen of whatever it is asked for.
#[derive(Clone, Copy)]
struct Specimen {
    depth: usize,
}

impl Specimen {
    fn deeper(self) -> Specimen {
        Specimen {
            depth: self.depth + 1,
        }
    }

    fn items(self) -> usize {
        usize::from(self.depth < MAX_DEPTH)
    }
}

macro_rules! numbers {
    ($($method:ident => $visit:ident: $ty:ty),* $(,)?) => {
        $(
            fn $method<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
                visitor.$visit(1 as $ty)
            }
        )*
    };
}

impl de::Deserializer<'static> for Specimen {
    type Error = Error;

    fn deserialize_any<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_borrowed_str(TEXT)
    }

    fn deserialize_bool<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_bool(true)
    }

    numbers! {
        deserialize_i8 => visit_i8: i8,
        deserialize_i16 => visit_i16: i16,
        deserialize_i32 => visit_i32: i32,
        deserialize_i64 => visit_i64: i64,
        deserialize_u8 => visit_u8: u8,
        deserialize_u16 => visit_u16: u16,
        deserialize_u32 => visit_u32: u32,
        deserialize_u64 => visit_u64: u64,
        deserialize_f32 => visit_f32: f32,
        deserialize_f64 => visit_f64: f64,
    }

    fn deserialize_char<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_char('x')
    }

    fn deserialize_str<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_borrowed_str(TEXT)
    }

    fn deserialize_string<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_borrowed_str(TEXT)
    }

    fn deserialize_bytes<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_borrowed_bytes(TEXT.as_bytes())
    }

    fn deserialize_byte_buf<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_borrowed_bytes(TEXT.as_bytes())
    }

    fn deserialize_option<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.items() == 0 {
            return visitor.visit_none();
        }
        visitor.visit_some(self.deeper())
    }

    fn deserialize_unit<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'static>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'static>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
        let left = self.items();
        visitor.visit_seq(Items {
            of: self.deeper(),
            left,
        })
    }

    fn deserialize_tuple<V: Visitor<'static>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_seq(Items {
            of: self.deeper(),
            left: len,
        })
    }

    fn deserialize_tuple_struct<V: Visitor<'static>>(
        self,
        _: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_tuple(len, visitor)
    }

    fn deserialize_map<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
        let keys: &'static [&'static str] = if self.items() == 0 { &[] } else { &[TEXT] };
        visitor.visit_map(Fields {
            of: self.deeper(),
            keys,
            next: 0,
        })
    }

    fn deserialize_struct<V: Visitor<'static>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_map(Fields {
            of: self.deeper(),
            keys: fields,
            next: 0,
        })
    }

    fn deserialize_enum<V: Visitor<'static>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let variant = variants
            .first()
            .ok_or_else(|| de::Error::custom("an enum without variants has no specimen"))?;
        visitor.visit_enum(Variant {
            of: self.deeper(),
            name: variant,
        })
    }

    fn deserialize_identifier<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_borrowed_str(TEXT)
    }

    fn deserialize_ignored_any<V: Visitor<'static>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }
}

/// The items of a list or tuple: `left` more specimens.
struct Items {
    of: Specimen,
    left: usize,
}

impl de::SeqAccess<'static> for Items {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'static>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(self.of).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.left)
    }
}

/// The fields of a struct (or the keys of a map), each with a specimen.
struct Fields {
    of: Specimen,
    keys: &'static [&'static str],
    next: usize,
}

impl de::MapAccess<'static> for Fields {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'static>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some(key) = self.keys.get(self.next) else {
            return Ok(None);
        };
        self.next += 1;
        let key: de::value::BorrowedStrDeserializer<'static, Error> =
            de::value::BorrowedStrDeserializer::new(key);
        seed.deserialize(key).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'static>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(self.of)
    }
}

/// An enum's first variant, with specimen content.
struct Variant {
    of: Specimen,
    name: &'static str,
}

impl de::EnumAccess<'static> for Variant {
    type Error = Error;
    type Variant = Specimen;

    fn variant_seed<V: DeserializeSeed<'static>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Specimen), Error> {
        let name: de::value::BorrowedStrDeserializer<'static, Error> =
            de::value::BorrowedStrDeserializer::new(self.name);
        Ok((seed.deserialize(name)?, self.of))
    }
}

impl de::VariantAccess<'static> for Specimen {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'static>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'static>>(self, len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_tuple(self, len, visitor)
    }

    fn struct_variant<V: Visitor<'static>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_struct(self, "", fields, visitor)
    }
}

#[cfg(test)]
mod tests;
