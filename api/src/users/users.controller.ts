import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth/roles.decorator';
import { contentRange, type RawListQuery } from '../common/list-query';
import { UsersService, type UserView } from './users.service';

@ApiTags('Back office: users')
@ApiBearerAuth()
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Roles('admin')
  @Get()
  @ApiOperation({ summary: 'Regulator accounts (ra-data-simple-rest list: sort, range, filter {role, active, q})' })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserView[]> {
    const { users, total, offset } = await this.users.list(query);
    reply.header('Content-Range', contentRange('users', offset, users.length, total));
    return users;
  }
}
