"""Mystery-shopper visits and test calls beyond storage: what an attached file is (photo with its
EXIF time, or audio) and the visit form as a JSON file."""
