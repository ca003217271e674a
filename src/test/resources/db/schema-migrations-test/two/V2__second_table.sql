create table second (id integer primary key);
